using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FamilySafeguarding.UnitTests.Persistence;

/// <summary>The two SQL Server rules, each shown failing on a small model built to break it, and passing on a sound one.</summary>
public sealed partial class SqlServerModelRulesTests
{
    [Fact]
    public void CascadePaths_OnADiamond_ReportTheTableWhereThePathsMeet_WithBothPaths()
    {
        var problems = SqlServerModelRules.CascadePathProblems(ModelOf<DiamondContext>());

        var problem = Assert.Single(problems);
        Assert.Equal("Leaves is reachable by two cascade paths: Roots -> Lefts -> Leaves and Roots -> Rights -> Leaves.", problem);
    }

    [Fact]
    public void CascadePaths_OnTwoForeignKeysFromOneTable_ReportBothByName()
    {
        var problems = SqlServerModelRules.CascadePathProblems(ModelOf<TwinContext>());

        var problem = Assert.Single(problems);
        Assert.StartsWith("Links is reachable by two cascade paths: Nodes -> Links (by FK_Links_Nodes_FromId) and Nodes -> Links (by FK_Links_Nodes_ToId)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CascadePaths_OnACycle_ReportTheCycle()
    {
        var problems = SqlServerModelRules.CascadePathProblems(ModelOf<CycleContext>());

        Assert.Contains("Cascade cycle: Eggs -> Hens -> Eggs.", problems);
        Assert.Contains("Cascade cycle: Folders -> Folders.", problems);
    }

    [Fact]
    public void CascadePaths_OnRestrictedSecondPaths_AndSetNullPaths_AreCountedAsTheDatabaseWritesThem()
    {
        Assert.Empty(SqlServerModelRules.CascadePathProblems(ModelOf<GoodContext>()));

        // SET NULL is a cascade path to SQL Server as much as CASCADE is.
        var problem = Assert.Single(SqlServerModelRules.CascadePathProblems(ModelOf<DiamondContext>(setNullOnRight: true)));
        Assert.Contains("Roots -> Rights -> Leaves", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CascadingActions_AreExactlyThoseTheSqlServerScriptWritesAsCascadeOrSetNull()
    {
        using var context = new DeleteBehaviorContext();
        var script = context.Database.GenerateCreateScript();
        var constraints = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.SelectMany(t => t.ForeignKeyConstraints).ToList();

        Assert.Equal(Enum.GetValues<DeleteBehavior>().Length, constraints.Count);
        foreach (var fk in constraints)
        {
            var clause = Regex.Match(script, $@"CONSTRAINT \[{fk.Name}\] FOREIGN KEY .*? REFERENCES .*?(ON DELETE (?<action>CASCADE|SET NULL|NO ACTION))?[,\r\n]").Groups["action"].Value;
            var cascades = clause is "CASCADE" or "SET NULL";
            Assert.True(cascades == SqlServerModelRules.Cascades(fk.OnDeleteAction), $"{fk.Name}: the script says '{clause}', the rule says {fk.OnDeleteAction}.");
        }

        Assert.Equal(2, constraints.Count(fk => SqlServerModelRules.Cascades(fk.OnDeleteAction)));
    }

    [Fact]
    public void IndexKeys_OnAnUnboundedString_AreReported()
    {
        var problems = SqlServerModelRules.IndexKeySizeProblems(ModelOf<WideKeysContext>());

        Assert.Contains("Notes.IX_Notes_Blob (index, non-clustered): column Blob is nvarchar(max), which cannot be an index key.", problems);
        Assert.Contains(problems, p => p.StartsWith("Notes.IX_Notes_Tag (index, non-clustered): column Tag has no maximum length, so SQL Server makes it nvarchar(450)", StringComparison.Ordinal));

        // An indexed string longer than 4,000 characters is written as nvarchar(10000), which is not a SQL Server type.
        Assert.Contains(problems, p => p.StartsWith("Notes.IX_Notes_Body (index, non-clustered): column Body is nvarchar(10000), which SQL Server does not have", StringComparison.Ordinal));
    }

    [Fact]
    public void IndexKeys_OverTheNonClusteredLimit_AreReportedWithTheirSize()
    {
        var problems = SqlServerModelRules.IndexKeySizeProblems(ModelOf<WideKeysContext>());

        Assert.Contains("Addresses.IX_Addresses_Line1_Line2_Line3 (index, non-clustered): a key of up to 1,800 bytes, over the 1,700-byte limit (Line1 nvarchar(300), Line2 nvarchar(300), Line3 nvarchar(300)).", problems);
    }

    [Fact]
    public void IndexKeys_OfAPrimaryKeyOverTheClusteredLimit_AreReported_UnlessItIsNonClustered()
    {
        var problems = SqlServerModelRules.IndexKeySizeProblems(ModelOf<WideKeysContext>());

        Assert.Contains("Codes.PK_Codes (primary key, clustered): a key of up to 1,000 bytes, over the 900-byte limit (Scheme nvarchar(250), Value nvarchar(250)).", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("LooseCodes.", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void IndexKeys_OnASoundModel_AreNotReported()
    {
        Assert.Empty(SqlServerModelRules.IndexKeySizeProblems(ModelOf<GoodContext>()));
    }

    [Theory]
    [InlineData("nvarchar(450)", 900)]
    [InlineData("varchar(20)", 20)]
    [InlineData("uniqueidentifier", 16)]
    [InlineData("int", 4)]
    [InlineData("bigint", 8)]
    [InlineData("date", 3)]
    [InlineData("datetime2", 8)]
    [InlineData("datetimeoffset", 10)]
    [InlineData("bit", 1)]
    [InlineData("decimal(3,2)", 5)]
    [InlineData("decimal(18, 2)", 9)]
    [InlineData("decimal(38,4)", 17)]
    [InlineData("time", 5)]
    [InlineData("nvarchar(max)", null)]
    [InlineData("varbinary(max)", null)]
    [InlineData("nvarchar(10000)", null)]
    public void KeyBytes_FollowSqlServerStorageSizes(string storeType, int? expected)
    {
        Assert.Equal(expected, SqlServerModelRules.KeyBytes(storeType));
    }

    [Fact]
    public void KeyBytes_OfAnUnknownType_Throw_RatherThanCountNothing()
    {
        Assert.Throws<ArgumentException>(() => SqlServerModelRules.KeyBytes("hierarchyid"));
    }

    private static IModel ModelOf<TContext>(bool setNullOnRight = false)
        where TContext : SmallContext, new()
    {
        using var context = new TContext { SetNullOnRight = setNullOnRight };
        return context.GetService<IDesignTimeModel>().Model;
    }

    public abstract class SmallContext : DbContext
    {
        public bool SetNullOnRight { get; init; }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseSqlServer("Server=.;Database=x;Trusted_Connection=True");
    }

    /// <summary>A row with up to two foreign keys; each small model maps its own subclasses, one table each.</summary>
    public abstract class Row
    {
        public int Id { get; set; }

        public int? ParentId { get; set; }

        public int? OtherId { get; set; }
    }

    public sealed class Root : Row;

    public sealed class Left : Row;

    public sealed class Right : Row;

    public sealed class Leaf : Row;

    public sealed class Node : Row;

    public sealed class Link : Row;

    public sealed class Hen : Row;

    public sealed class Egg : Row;

    public sealed class Folder : Row;

    public sealed class Child : Row
    {
        public int? P0 { get; set; }

        public int? P1 { get; set; }

        public int? P2 { get; set; }

        public int? P3 { get; set; }

        public int? P4 { get; set; }

        public int? P5 { get; set; }

        public int? P6 { get; set; }
    }

    public sealed class DiamondContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Root>().ToTable("Roots").Ignore(r => r.ParentId).Ignore(r => r.OtherId);
            modelBuilder.Entity<Left>().ToTable("Lefts").Ignore(r => r.OtherId)
                .HasOne<Root>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Right>().ToTable("Rights").Ignore(r => r.OtherId)
                .HasOne<Root>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(SetNullOnRight ? DeleteBehavior.SetNull : DeleteBehavior.Cascade);
            var leaf = modelBuilder.Entity<Leaf>().ToTable("Leaves");
            leaf.HasOne<Left>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            leaf.HasOne<Right>().WithMany().HasForeignKey(r => r.OtherId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    public sealed class TwinContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Node>().ToTable("Nodes").Ignore(r => r.ParentId).Ignore(r => r.OtherId);
            var link = modelBuilder.Entity<Link>().ToTable("Links");
            link.Property(r => r.ParentId).HasColumnName("FromId");
            link.Property(r => r.OtherId).HasColumnName("ToId");
            link.HasOne<Node>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Node>().WithMany().HasForeignKey(r => r.OtherId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    public sealed class CycleContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Hen>().ToTable("Hens").Ignore(r => r.OtherId)
                .HasOne<Egg>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Egg>().ToTable("Eggs").Ignore(r => r.OtherId)
                .HasOne<Hen>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Folder>().ToTable("Folders").Ignore(r => r.OtherId)
                .HasOne<Folder>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    /// <summary>One foreign key per delete behaviour, each from the child to the same parent.</summary>
    public sealed class DeleteBehaviorContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Root>().ToTable("Roots").Ignore(r => r.ParentId).Ignore(r => r.OtherId);
            var child = modelBuilder.Entity<Child>().ToTable("Children").Ignore(r => r.ParentId).Ignore(r => r.OtherId);
            var behaviors = Enum.GetValues<DeleteBehavior>();
            for (var i = 0; i < behaviors.Length; i++)
            {
                child.HasOne<Root>().WithMany().HasForeignKey($"P{i}").OnDelete(behaviors[i]);
            }
        }
    }

    public sealed class Note
    {
        public int Id { get; set; }

        public string Body { get; set; } = "";

        public string Tag { get; set; } = "";

        public string Blob { get; set; } = "";
    }

    public sealed class Address
    {
        public Guid Id { get; set; }

        public string Line1 { get; set; } = "";

        public string Line2 { get; set; } = "";

        public string Line3 { get; set; } = "";
    }

    public sealed class Code
    {
        public string Scheme { get; set; } = "";

        public string Value { get; set; } = "";
    }

    public sealed class LooseCode
    {
        public string Scheme { get; set; } = "";

        public string Value { get; set; } = "";
    }

    public sealed class WideKeysContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>(b =>
            {
                b.ToTable("Notes");
                b.Property(n => n.Body).HasMaxLength(10_000);
                b.HasIndex(n => n.Body);
                b.HasIndex(n => n.Tag);
                b.Property(n => n.Blob).HasColumnType("nvarchar(max)");
                b.HasIndex(n => n.Blob);
            });
            modelBuilder.Entity<Address>(b =>
            {
                b.ToTable("Addresses");
                b.Property(a => a.Line1).HasMaxLength(300);
                b.Property(a => a.Line2).HasMaxLength(300);
                b.Property(a => a.Line3).HasMaxLength(300);
                b.HasIndex(a => new { a.Line1, a.Line2, a.Line3 });
                SqlServerIndexBuilderExtensions.IncludeProperties(b.HasIndex(a => a.Line1), a => new { a.Line2, a.Line3 });
            });
            modelBuilder.Entity<Code>(b =>
            {
                b.ToTable("Codes");
                b.HasKey(c => new { c.Scheme, c.Value });
                b.Property(c => c.Scheme).HasMaxLength(250);
                b.Property(c => c.Value).HasMaxLength(250);
            });
            modelBuilder.Entity<LooseCode>(b =>
            {
                b.ToTable("LooseCodes");
                b.HasKey(c => new { c.Scheme, c.Value }).IsClustered(false);
                b.Property(c => c.Scheme).HasMaxLength(250);
                b.Property(c => c.Value).HasMaxLength(250);
            });
        }
    }

    /// <summary>A family tree of tables with one cascade path into each, and keys well inside the limits.</summary>
    public sealed class GoodContext : SmallContext
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Root>().ToTable("Roots").Ignore(r => r.ParentId).Ignore(r => r.OtherId);
            modelBuilder.Entity<Left>().ToTable("Lefts").Ignore(r => r.OtherId)
                .HasOne<Root>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Right>().ToTable("Rights").Ignore(r => r.OtherId)
                .HasOne<Root>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            var leaf = modelBuilder.Entity<Leaf>().ToTable("Leaves");
            leaf.HasOne<Left>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            leaf.HasOne<Right>().WithMany().HasForeignKey(r => r.OtherId).OnDelete(DeleteBehavior.Restrict);
            modelBuilder.Entity<Address>(b =>
            {
                b.ToTable("Addresses");
                b.Property(a => a.Line1).HasMaxLength(300);
                b.Property(a => a.Line2).HasMaxLength(300);
                b.Property(a => a.Line3).HasMaxLength(4000);
                b.HasIndex(a => new { a.Line1, a.Line2 }).IsUnique();
                SqlServerIndexBuilderExtensions.IncludeProperties(b.HasIndex(a => a.Line1), a => new { a.Line2, a.Line3 });
            });
        }
    }
}
