using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Search;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FamilySafeguarding.UnitTests.Infrastructure.Search;

/// <summary>
/// SQL Server search without a server: the SQL EF Core makes for the search's three commands, read with
/// <c>ToQueryString()</c> (nothing connects until a query runs). What only a server can prove (that the full-text index
/// answers) is for a run with FS_TEST_SQLSERVER.
/// </summary>
public sealed class SqlServerSearchIndexTests : IDisposable
{
    private const string Hostile = "Khan\" OR NEAR((x), 2) ] ; DROP TABLE [Families] --";

    private readonly AppDbContext _db = new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer("Server=.;Database=x;Trusted_Connection=True").Options);

    private readonly SearchTerms _terms = SearchTerms.Parse(Hostile)!;

    [Fact]
    public void MatchQuery_UsesContainsTable_WithTheTermsAsAnNvarchar4000Parameter_AndNoUserTextInTheSql()
    {
        var (declarations, sql) = Split(Index().Hits(_terms, VisibleFamilies()).ToQueryString());

        Assert.Contains("CONTAINSTABLE([SearchDocuments], ([Title], [Body]), @p0) AS ft", sql, StringComparison.Ordinal);
        Assert.Contains("JOIN [SearchDocuments] AS d ON d.[Id] = ft.[KEY]", sql, StringComparison.Ordinal);
        Assert.Contains("""DECLARE p0 nvarchar(4000) = N'"khan*" AND "or*" AND "near*" AND "x*" AND "2*" AND "drop*" AND "table*" AND "families*"';""", declarations, StringComparison.Ordinal);
        foreach (var word in new[] { "khan", "Khan", "NEAR", "DROP", "--" })
        {
            Assert.DoesNotContain(word, sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MatchQuery_FiltersByTheVisibleFamilies_AsAnUncorrelatedSubqueryInTheSameSql()
    {
        var (_, sql) = Split(Index().Hits(_terms, VisibleFamilies()).ToQueryString());

        // The raw match is composed as a subquery and filtered by "FamilyId IN (the visible families' ids)", whose
        // subquery holds the access rule (allocations, team memberships, the service manager), never the match, and
        // never refers to the outer query (so the engine works it out once).
        var filter = System.Text.RegularExpressions.Regex.Match(sql, @"WHERE (\[\w+\])\.\[FamilyId\] IN \(");
        Assert.True(filter.Success, sql);
        var outer = filter.Groups[1].Value;
        var visible = sql[(filter.Index + filter.Length)..];
        Assert.Matches(@"^\s*SELECT \[\w+\]\.\[Id\]\s+FROM \[Families\] AS", visible);
        Assert.Contains("FROM [Allocations]", visible, StringComparison.Ordinal);
        Assert.Contains("FROM [TeamMemberships]", visible, StringComparison.Ordinal);
        Assert.Contains("[ServiceManagerId] = @", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTAINSTABLE", visible, StringComparison.Ordinal);
        Assert.DoesNotContain(outer + ".", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void PageQuery_RanksBestFirst_AndPagesInTheDatabase()
    {
        var (_, sql) = Split(FullTextSearchIndex.PageOf(Index().Hits(_terms, VisibleFamilies()), 3, 20).ToQueryString());

        Assert.Contains("CONTAINSTABLE", sql, StringComparison.Ordinal);
        Assert.Matches(@"ORDER BY \[\w+\]\.\[Rank\] DESC, \[\w+\]\.\[DocumentId\] DESC\s+OFFSET @\w+ ROWS FETCH NEXT @\w+ ROWS ONLY", sql);
    }

    [Fact]
    public void DocumentsQuery_ReadsTheTitleAndBody_OfThePagesIdsOnly_WithoutAFullTextFunction()
    {
        var (_, sql) = Split(Index().Documents(_terms, [Guid.NewGuid(), Guid.NewGuid()]).ToQueryString());

        Assert.DoesNotContain("CONTAINS", sql, StringComparison.Ordinal);
        Assert.Matches(@"\[\w+\]\.\[Title\] \+ nchar\(10\) \+ \[\w+\]\.\[Body\]", sql);
        Assert.Contains("JOIN [Families]", sql, StringComparison.Ordinal);
        Assert.Matches(@"WHERE \[\w+\]\.\[Id\] IN \(@ids1, @ids2\)$", sql.TrimEnd());
    }

    [Fact]
    public void TheFullTextKeyIndex_IsThePrimaryKeyOfSearchDocuments_AsEfNamesItOnSqlServer()
    {
        var document = _db.Model.FindEntityType(typeof(SearchDocument))!;

        Assert.Equal("SearchDocuments", document.GetTableName());
        Assert.Equal(SqlServerFullText.KeyIndex, document.FindPrimaryKey()!.GetName());
        Assert.Equal(["Id"], document.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()));
    }

    public void Dispose() => _db.Dispose();

    private SqlServerSearchIndex Index() => new(_db, new SearchAvailability(), NullLogger<SqlServerSearchIndex>.Instance);

    private IQueryable<Family> VisibleFamilies() =>
        new FamilyAccess(_db, TimeProvider.System, Mock.Of<IRequestContext>(), NullLogger<FamilyAccess>.Instance)
            .VisibleFamilies(new Actor(Guid.NewGuid(), Guid.NewGuid(), JobRole.SocialWorker));

    /// <summary>ToQueryString's parameter declarations (with their values), and the SQL itself.</summary>
    private static (string Declarations, string Sql) Split(string queryString)
    {
        var lines = queryString.Split('\n');
        var declarations = lines.TakeWhile(l => l.StartsWith("DECLARE ", StringComparison.Ordinal)).ToList();
        return (string.Join('\n', declarations), string.Join('\n', lines.Skip(declarations.Count)));
    }
}

public sealed class SqlServerFullTextTests
{
    [Fact]
    public void Create_RunsOnlyWhereFullTextSearchIsInstalled_AndOnlyWhatIsMissing()
    {
        var sql = SqlServerFullText.Create;

        Assert.StartsWith("IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1", sql, StringComparison.Ordinal);
        Assert.True(
            sql.IndexOf("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs", StringComparison.Ordinal)
            < sql.IndexOf("CREATE FULLTEXT CATALOG", StringComparison.Ordinal));
        Assert.True(
            sql.IndexOf("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE [object_id] = OBJECT_ID(N'[SearchDocuments]'))", StringComparison.Ordinal)
            < sql.IndexOf("CREATE FULLTEXT INDEX ON [SearchDocuments]", StringComparison.Ordinal));
        Assert.Contains("([Title] LANGUAGE 2057, [Body] LANGUAGE 2057)", sql, StringComparison.Ordinal);
        Assert.Contains("KEY INDEX [PK_SearchDocuments] ON [SearchDocumentsCatalog]", sql, StringComparison.Ordinal);
        Assert.Contains("WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Drop_RemovesTheIndexBeforeTheCatalog_OnlyWhereTheyExist()
    {
        var sql = SqlServerFullText.Drop;

        Assert.True(sql.IndexOf("DROP FULLTEXT INDEX ON [SearchDocuments]", StringComparison.Ordinal) < sql.IndexOf("DROP FULLTEXT CATALOG [SearchDocumentsCatalog]", StringComparison.Ordinal));
        Assert.Equal(2, sql.Split("IF EXISTS (SELECT 1 FROM sys.fulltext_").Length - 1);
    }

    [Theory]
    [InlineData(SqlServerFullText.Create)]
    [InlineData(SqlServerFullText.Drop)]
    [InlineData(SqlServerFullText.Check)]
    public void TheScripts_HaveBalancedQuotesAndBrackets(string sql)
    {
        Assert.Equal(0, sql.Count(c => c == '\'') % 2);
        Assert.Equal(sql.Count(c => c == '('), sql.Count(c => c == ')'));
        Assert.Equal(sql.Count(c => c == '['), sql.Count(c => c == ']'));
    }
}
