using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>
/// A normalised description of a live database's schema (SQLite's main database, or
/// PostgreSQL's <c>public</c> schema), without EF Core's own migration tables, so that the
/// database built by the migrations can be compared with the one EF Core creates from the model.
/// </summary>
public sealed record SchemaCatalog(IReadOnlyList<TableSchema> Tables)
{
    /// <summary>Table names EF Core creates for itself when migrating.</summary>
    internal static readonly string[] MigrationTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    /// <summary>
    /// SQLite's full-text index over the search documents, made by raw SQL in the Search migration and so not in the
    /// model: the FTS5 table, the shadow tables FTS5 keeps its index in, and the table of fixed row ids. Its triggers are
    /// not read at all.
    /// </summary>
    internal static readonly string[] SqliteFullTextTables =
    [
        "SearchDocumentsFts", "SearchDocumentsFts_config", "SearchDocumentsFts_content", "SearchDocumentsFts_data",
        "SearchDocumentsFts_docsize", "SearchDocumentsFts_idx", "SearchDocumentsFtsKeys",
    ];

    /// <summary>PostgreSQL's full-text index over the search documents, made by raw SQL in the Search migration: a generated tsvector column and its GIN index.</summary>
    internal static readonly (string Table, string Column) PostgresFullTextColumn = ("SearchDocuments", "SearchVector");

    internal const string PostgresFullTextIndex = "IX_SearchDocuments_SearchVector";

    public static async Task<SchemaCatalog> ReadAsync(DbConnection connection, CancellationToken ct)
    {
        var openedHere = connection.State != ConnectionState.Open;
        if (openedHere)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            var tables = connection switch
            {
                SqliteConnection sqlite => await SqliteSchemaReader.ReadTablesAsync(sqlite, ct),
                NpgsqlConnection postgres => await PostgresSchemaReader.ReadTablesAsync(postgres, ct),
                _ => throw new NotSupportedException($"Cannot read the schema through a {connection.GetType().Name}."),
            };
            return new SchemaCatalog(tables);
        }
        finally
        {
            if (openedHere)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Every way <paramref name="actual"/> (the migrated database) differs from
    /// <paramref name="expected"/> (the database created from the model), one sentence each.
    /// Tables, columns, indexes and constraints are matched by name (unnamed SQLite keys by their
    /// columns), so their order does not matter; the column lists of keys and indexes are compared in order.
    /// </summary>
    public static IReadOnlyList<string> DescribeDifferences(SchemaCatalog expected, SchemaCatalog actual)
    {
        var differences = new List<string>();
        Compare(differences, expected.Tables, actual.Tables, t => t.Name, t => $"Table \"{t.Name}\"",
            (model, migrated) => CompareTables(differences, model, migrated));
        return differences;
    }

    private static void CompareTables(List<string> differences, TableSchema model, TableSchema migrated)
    {
        var table = model.Name;
        CompareDescriptions(differences, model.Columns, migrated.Columns,
            c => c.Name, c => $"Table \"{table}\": column \"{c.Name}\"");
        CompareDescriptions(differences, AsList(model.PrimaryKey), AsList(migrated.PrimaryKey),
            _ => "", _ => $"Table \"{table}\": primary key");
        CompareDescriptions(differences, model.UniqueConstraints, migrated.UniqueConstraints,
            k => ColumnList(k.Columns), k => $"Table \"{table}\": unique constraint {k}");
        CompareDescriptions(differences, model.Indexes, migrated.Indexes,
            i => i.Name, i => $"Index \"{i.Name}\" on \"{table}\"");
        CompareDescriptions(differences, model.ForeignKeys, migrated.ForeignKeys,
            f => $"{ColumnList(f.Columns)} {f.PrincipalTable}",
            f => $"Foreign key{(f.Name is null ? "" : $" \"{f.Name}\"")} on \"{table}\" {ColumnList(f.Columns)} referencing \"{f.PrincipalTable}\"");
        CompareDescriptions(differences, model.CheckConstraints, migrated.CheckConstraints,
            c => c.Name, c => $"Check constraint \"{c.Name}\" on \"{table}\"");
    }

    private static void CompareDescriptions<T>(
        List<string> differences, IEnumerable<T> model, IEnumerable<T> migrated, Func<T, string> key, Func<T, string> label)
        where T : notnull =>
        Compare(differences, model, migrated, key, label, (inModel, inDatabase) =>
        {
            if (inModel.ToString() != inDatabase.ToString())
            {
                differences.Add($"{label(inModel)} is {inModel} in the model but {inDatabase} in the migrated database");
            }
        });

    private static void Compare<T>(
        List<string> differences, IEnumerable<T> model, IEnumerable<T> migrated,
        Func<T, string> key, Func<T, string> label, Action<T, T> compareBoth)
        where T : notnull
    {
        var inModel = model.ToDictionary(key, StringComparer.Ordinal);
        var inDatabase = migrated.ToDictionary(key, StringComparer.Ordinal);
        foreach (var name in inModel.Keys.Union(inDatabase.Keys).Order(StringComparer.Ordinal))
        {
            if (!inDatabase.TryGetValue(name, out var databaseItem))
            {
                differences.Add($"{label(inModel[name])} exists in the model but not in the migrated database");
            }
            else if (!inModel.TryGetValue(name, out var modelItem))
            {
                differences.Add($"{label(databaseItem)} exists in the migrated database but not in the model");
            }
            else
            {
                compareBoth(modelItem, databaseItem);
            }
        }
    }

    private static T[] AsList<T>(T? item) where T : class => item is null ? [] : [item];

    internal static string ColumnList(IEnumerable<string> columns) => $"({string.Join(", ", columns)})";
}

public sealed record TableSchema(
    string Name,
    IReadOnlyList<ColumnSchema> Columns,
    KeySchema? PrimaryKey,
    IReadOnlyList<KeySchema> UniqueConstraints,
    IReadOnlyList<IndexSchema> Indexes,
    IReadOnlyList<ForeignKeySchema> ForeignKeys,
    IReadOnlyList<CheckConstraintSchema> CheckConstraints);

/// <param name="Type">The declared type: upper case on SQLite (<c>TEXT</c>), PostgreSQL's
/// <c>format_type</c> (<c>character varying(200)</c>, <c>numeric(3,2)</c>).</param>
/// <param name="Default">The default expression as the database reports it, if any.</param>
/// <param name="Generated">Identity, AUTOINCREMENT or computed-column generation, if any.</param>
public sealed record ColumnSchema(string Name, string Type, bool IsNullable, string? Default, string? Generated)
{
    public override string ToString() =>
        $"{(Type.Length == 0 ? "(no type)" : Type)} {(IsNullable ? "NULL" : "NOT NULL")}"
        + (Default is null ? "" : $" DEFAULT {Default}")
        + (Generated is null ? "" : $" {Generated}");
}

/// <summary>A primary key or unique constraint. SQLite does not report constraint names, so there <see cref="Name"/> is null.</summary>
public sealed record KeySchema(string? Name, IReadOnlyList<string> Columns)
{
    public override string ToString() => (Name is null ? "" : $"\"{Name}\" ") + SchemaCatalog.ColumnList(Columns);
}

/// <param name="Columns">Key columns in index order, with <c> DESC</c> appended where descending.</param>
/// <param name="Filter">The predicate of a partial index, if any.</param>
public sealed record IndexSchema(string Name, IReadOnlyList<string> Columns, bool IsUnique, string? Filter)
{
    public override string ToString() =>
        $"{(IsUnique ? "UNIQUE" : "non-unique")} {SchemaCatalog.ColumnList(Columns)}" + (Filter is null ? "" : $" WHERE {Filter}");
}

/// <param name="Name">Null on SQLite, which does not report foreign key names.</param>
/// <param name="OnDelete">The referential action in SQL words: CASCADE, RESTRICT, NO ACTION, SET NULL, SET DEFAULT.</param>
public sealed record ForeignKeySchema(
    string? Name,
    IReadOnlyList<string> Columns,
    string PrincipalTable,
    IReadOnlyList<string> PrincipalColumns,
    string OnDelete,
    string OnUpdate)
{
    public override string ToString() =>
        (Name is null ? "" : $"\"{Name}\" ")
        + $"{SchemaCatalog.ColumnList(Columns)} REFERENCES \"{PrincipalTable}\" {SchemaCatalog.ColumnList(PrincipalColumns)} ON DELETE {OnDelete}"
        + (OnUpdate == "NO ACTION" ? "" : $" ON UPDATE {OnUpdate}");
}

/// <param name="Definition">The constraint as the database reports it, e.g. <c>CHECK ("Rating" &gt;= 0)</c>.</param>
public sealed record CheckConstraintSchema(string Name, string Definition)
{
    public override string ToString() => Definition;
}
