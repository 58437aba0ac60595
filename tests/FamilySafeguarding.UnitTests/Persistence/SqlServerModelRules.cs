using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FamilySafeguarding.UnitTests.Persistence;

/// <summary>
/// Checks over a model built with the SQL Server provider for two things SQL Server refuses (or accepts and then fails
/// on insert) that SQLite and PostgreSQL allow: several cascade paths into one table, and index keys over its byte
/// limits. Both walk EF's relational model (tables, columns with their SQL Server store types, constraints), so entity
/// types sharing a table, owned types and table splitting are seen as the database sees them. Each returns one message
/// per problem; none means the rule holds.
/// </summary>
internal static partial class SqlServerModelRules
{
    /// <summary>The largest key of a clustered index (the primary key unless configured otherwise), in bytes.</summary>
    public const int ClusteredKeyLimit = 900;

    /// <summary>The largest key of a non-clustered index or unique constraint, in bytes (SQL Server 2016 and later).</summary>
    public const int NonClusteredKeyLimit = 1700;

    /// <summary>
    /// SQL Server error 1785: a foreign key that cascades (ON DELETE CASCADE, SET NULL or SET DEFAULT) may not give a
    /// table a second cascade path from another table, nor close a cycle of cascades. The actions are those EF writes in
    /// the DDL (<see cref="IForeignKeyConstraint.OnDeleteAction"/>): Cascade and SetNull cascade; Restrict, NoAction,
    /// ClientSetNull, ClientCascade and ClientNoAction all become NO ACTION.
    /// </summary>
    public static IReadOnlyList<string> CascadePathProblems(IModel model)
    {
        var edges = model.GetRelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => Cascades(fk.OnDeleteAction))
            .GroupBy(fk => fk.PrincipalTable)
            .ToDictionary(g => g.Key, g => g.OrderBy(fk => fk.Name, StringComparer.Ordinal).ToList());

        var problems = new List<string>();
        var reportedTables = new HashSet<ITable>();
        var reportedCycles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in edges.Keys.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var pathsTo = new Dictionary<ITable, List<IForeignKeyConstraint[]>>();
            Walk(source, [source], [], edges, pathsTo, cycle =>
            {
                var text = DescribeCycle(cycle);
                if (reportedCycles.Add(text))
                {
                    problems.Add($"Cascade cycle: {text}.");
                }
            });

            foreach (var (target, paths) in pathsTo.OrderBy(p => p.Key.Name, StringComparer.Ordinal))
            {
                // Where the paths first meet: two paths whose last foreign keys differ. Tables further down only inherit it.
                var pair = paths.SelectMany(p => paths, (a, b) => (a, b)).FirstOrDefault(p => p.a[^1] != p.b[^1]);
                if (pair.a is not null && reportedTables.Add(target))
                {
                    var (first, second) = (Describe(pair.a, named: false), Describe(pair.b, named: false));
                    if (first == second)
                    {
                        (first, second) = (Describe(pair.a, named: true), Describe(pair.b, named: true));
                    }

                    problems.Add($"{target.Name} is reachable by two cascade paths: {first} and {second}.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The key of every primary key, unique constraint and index (foreign-key indexes included; included columns are not
    /// key columns) may not exceed 900 bytes if clustered or 1,700 bytes if not, counting each column at its largest
    /// (nvarchar(n) is 2n bytes). A column of a type that cannot be a key at all (nvarchar(max), varbinary(max), xml...)
    /// is reported too, and so is a text key with no maximum length (SQL Server gives it one that the other engines do not).
    /// </summary>
    public static IReadOnlyList<string> IndexKeySizeProblems(IModel model)
    {
        var problems = new List<string>();
        foreach (var table in model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var storeObject = StoreObjectIdentifier.Table(table.Name, table.Schema);
            var keys = new List<(string Name, string Kind, bool Clustered, IReadOnlyList<IColumn> Columns)>();
            if (table.PrimaryKey is { } primaryKey)
            {
                keys.Add((primaryKey.Name, "primary key", primaryKey.MappedKeys.First().IsClustered(storeObject) ?? true, primaryKey.Columns));
            }

            keys.AddRange(table.UniqueConstraints
                .Where(u => u != table.PrimaryKey)
                .Select(u => (u.Name, "unique constraint", u.MappedKeys.First().IsClustered(storeObject) ?? false, u.Columns)));
            keys.AddRange(table.Indexes
                .Select(i => (i.Name, i.IsUnique ? "unique index" : "index", i.MappedIndexes.First().IsClustered(storeObject) ?? false, i.Columns)));

            foreach (var key in keys)
            {
                var limit = key.Clustered ? ClusteredKeyLimit : NonClusteredKeyLimit;
                var what = $"{table.Name}.{key.Name} ({key.Kind}, {(key.Clustered ? "clustered" : "non-clustered")})";
                var total = 0;
                foreach (var column in key.Columns)
                {
                    if (IsUnbounded(column, storeObject))
                    {
                        problems.Add($"{what}: column {column.Name} has no maximum length, so SQL Server makes it {column.StoreType} "
                            + "and refuses longer values that SQLite and PostgreSQL take; give it HasMaxLength.");
                    }

                    var size = KeyBytes(column.StoreType);
                    if (size is null && LengthBeyondType(column.StoreType))
                    {
                        problems.Add($"{what}: column {column.Name} is {column.StoreType}, which SQL Server does not have "
                            + "(nvarchar(n) stops at 4,000, varchar(n) and varbinary(n) at 8,000; beyond is max, which cannot be a key).");
                    }
                    else if (size is null)
                    {
                        problems.Add($"{what}: column {column.Name} is {column.StoreType}, which cannot be an index key.");
                    }
                    else
                    {
                        total += size.Value;
                    }
                }

                if (total > limit)
                {
                    var columns = string.Join(", ", key.Columns.Select(c => $"{c.Name} {c.StoreType}"));
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{what}: a key of up to {total:N0} bytes, over the {limit:N0}-byte limit ({columns})."));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Every column's store type is one SQL Server has: EF writes nvarchar(n) for an indexed text column of any length,
    /// and SQL Server stops nvarchar(n) at 4,000 characters.
    /// </summary>
    public static IReadOnlyList<string> ColumnTypeProblems(IModel model) =>
        [.. model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Select(c => (Table: t, Column: c)))
            .Where(x => LengthBeyondType(x.Column.StoreType))
            .Select(x => $"{x.Table.Name}.{x.Column.Name} is {x.Column.StoreType}, which SQL Server does not have.")];

    /// <summary>Whether SQL Server treats this ON DELETE action as a cascading one for error 1785.</summary>
    public static bool Cascades(ReferentialAction action) =>
        action is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault;

    /// <summary>
    /// The most bytes a value of this SQL Server store type takes in an index key; null for a type that may not be a
    /// key column. An unknown type throws, so a new type is added here deliberately rather than counted as nothing.
    /// </summary>
    public static int? KeyBytes(string storeType)
    {
        var match = StoreTypePattern().Match(storeType.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        if (!match.Success)
        {
            throw new ArgumentException($"Unrecognised SQL Server store type '{storeType}'.", nameof(storeType));
        }

        var name = match.Groups["name"].Value;
        var size = match.Groups["size"].Value;
        if (size == "max" || LengthBeyondType(storeType) || name is "text" or "ntext" or "image" or "xml" or "geography" or "geometry" or "sql_variant")
        {
            return null;
        }

        int? n = size.Length > 0 ? int.Parse(size, CultureInfo.InvariantCulture) : null;
        int? scale = match.Groups["scale"].Success ? int.Parse(match.Groups["scale"].Value, CultureInfo.InvariantCulture) : null;
        return name switch
        {
            "nvarchar" or "nchar" => 2 * (n ?? 1),
            "varchar" or "char" or "varbinary" or "binary" => n ?? 1,
            "uniqueidentifier" => 16,
            "bigint" or "datetime" or "money" or "rowversion" or "timestamp" => 8,
            "int" or "smalldatetime" or "smallmoney" or "real" => 4,
            "smallint" => 2,
            "tinyint" or "bit" => 1,
            "date" => 3,
            "float" => n is <= 24 ? 4 : 8,
            "time" => (n ?? 7) switch { <= 2 => 3, <= 4 => 4, _ => 5 },
            "datetime2" => (n ?? 7) switch { <= 2 => 6, <= 4 => 7, _ => 8 },
            "datetimeoffset" => (n ?? 7) switch { <= 2 => 8, <= 4 => 9, _ => 10 },
            "decimal" or "numeric" => (n ?? 18) switch { <= 9 => 5, <= 19 => 9, <= 28 => 13, _ => 17 },
            _ => throw new ArgumentException($"Unrecognised SQL Server store type '{storeType}' (scale {scale}).", nameof(storeType)),
        };
    }

    /// <summary>
    /// Whether the length is more than the type takes (EF writes nvarchar(10000) for an indexed column configured so,
    /// where an unindexed one becomes nvarchar(max)).
    /// </summary>
    private static bool LengthBeyondType(string storeType)
    {
        var match = StoreTypePattern().Match(storeType.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        if (!match.Success || !int.TryParse(match.Groups["size"].Value, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        return match.Groups["name"].Value switch
        {
            "nvarchar" or "nchar" => n > 4000,
            "varchar" or "char" or "varbinary" or "binary" => n > 8000,
            _ => false,
        };
    }

    /// <summary>A text or binary key column with no length of its own, which SQL Server silently caps at 900 bytes.</summary>
    private static bool IsUnbounded(IColumn column, StoreObjectIdentifier storeObject) =>
        column.ProviderClrType == typeof(string) || column.ProviderClrType == typeof(byte[])
            ? column.PropertyMappings.All(m => m.Property.GetMaxLength(storeObject) is null
                && m.Property.FindAnnotation(RelationalAnnotationNames.ColumnType) is null)
            : false;

    private static void Walk(
        ITable table,
        List<ITable> tables,
        List<IForeignKeyConstraint> path,
        Dictionary<ITable, List<IForeignKeyConstraint>> edges,
        Dictionary<ITable, List<IForeignKeyConstraint[]>> pathsTo,
        Action<IReadOnlyList<IForeignKeyConstraint>> onCycle)
    {
        foreach (var fk in edges.GetValueOrDefault(table) ?? [])
        {
            var next = fk.Table;
            path.Add(fk);
            var start = tables.IndexOf(next);
            if (start >= 0)
            {
                onCycle(path[start..]);
            }
            else
            {
                if (!pathsTo.TryGetValue(next, out var paths))
                {
                    pathsTo[next] = paths = [];
                }

                paths.Add([.. path]);
                tables.Add(next);
                Walk(next, tables, path, edges, pathsTo, onCycle);
                tables.RemoveAt(tables.Count - 1);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static string Describe(IReadOnlyList<IForeignKeyConstraint> path, bool named) =>
        string.Join(" -> ", path.Select(fk => fk.PrincipalTable.Name).Append(path[^1].Table.Name))
        + (named ? $" (by {path[^1].Name})" : string.Empty);

    /// <summary>A cycle written from its alphabetically first table, so each cycle is reported once.</summary>
    private static string DescribeCycle(IReadOnlyList<IForeignKeyConstraint> cycle)
    {
        var names = cycle.Select(fk => fk.PrincipalTable.Name).ToList();
        var first = names.IndexOf(names.Min(StringComparer.Ordinal)!);
        var rotated = names.Skip(first).Concat(names.Take(first)).ToList();
        return string.Join(" -> ", rotated.Append(rotated[0]));
    }

    [GeneratedRegex(@"^(?<name>[a-z0-9_]+)(\((?<size>max|\d+)(,(?<scale>\d+))?\))?$")]
    private static partial Regex StoreTypePattern();
}
