using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>
/// Reads a <see cref="SchemaCatalog"/> from SQLite's catalog: <c>sqlite_master</c> and the
/// <c>pragma_*</c> table-valued functions. SQLite keeps no names for primary keys, unique
/// constraints or foreign keys, so those are matched by their columns. Check constraints are
/// only kept in the CREATE TABLE text, so named ones are read from there.
/// </summary>
internal static partial class SqliteSchemaReader
{
    private const string TablesSql = """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
        ORDER BY name
        """;

    // hidden: 0 = ordinary column, 2 = generated VIRTUAL, 3 = generated STORED.
    private const string ColumnsSql = """
        SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo($table) ORDER BY cid
        """;

    // origin: 'c' = CREATE INDEX, 'u' = UNIQUE constraint, 'pk' = PRIMARY KEY constraint.
    private const string IndexesSql = """
        SELECT i.name, i."unique", i.origin, i.partial, m.sql
        FROM pragma_index_list($table) AS i
        LEFT JOIN sqlite_master AS m ON m.type = 'index' AND m.name = i.name
        """;

    private const string IndexColumnsSql = """
        SELECT name, "desc" FROM pragma_index_xinfo($index) WHERE key = 1 ORDER BY seqno
        """;

    private const string ForeignKeysSql = """
        SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list($table) ORDER BY id, seq
        """;

    public static async Task<IReadOnlyList<TableSchema>> ReadTablesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var tables = new List<TableSchema>();
        foreach (var (name, sql) in await QueryAsync(connection, TablesSql, r => (r.GetString(0), r.GetString(1)), ct))
        {
            if (!SchemaCatalog.MigrationTables.Contains(name) && !SchemaCatalog.SqliteFullTextTables.Contains(name))
            {
                tables.Add(await ReadTableAsync(connection, name, sql, ct));
            }
        }

        return tables;
    }

    private static async Task<TableSchema> ReadTableAsync(SqliteConnection connection, string table, string createSql, CancellationToken ct)
    {
        var rows = await QueryAsync(connection, ColumnsSql, r => new
        {
            Name = r.GetString(0),
            Type = r.GetString(1).ToUpperInvariant(),
            NotNull = r.GetBoolean(2),
            Default = r.IsDBNull(3) ? null : r.GetString(3),
            PrimaryKeyPosition = r.GetInt32(4),
            Hidden = r.GetInt32(5),
        }, ct, ("$table", table));

        var primaryKey = rows.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToList();
        var autoincrement = AutoincrementKeyword().IsMatch(createSql);
        var columns = rows.Select(c => new ColumnSchema(
            c.Name,
            c.Type,
            !c.NotNull,
            c.Default,
            c.Hidden switch
            {
                2 => "GENERATED VIRTUAL",
                3 => "GENERATED STORED",
                _ when autoincrement && primaryKey is [var key] && key == c.Name => "AUTOINCREMENT",
                _ => null,
            })).ToList();

        var indexes = new List<IndexSchema>();
        var uniqueConstraints = new List<KeySchema>();
        var indexRows = await QueryAsync(connection, IndexesSql, r => new
        {
            Name = r.GetString(0),
            IsUnique = r.GetBoolean(1),
            Origin = r.GetString(2),
            IsPartial = r.GetBoolean(3),
            Sql = r.IsDBNull(4) ? null : r.GetString(4),
        }, ct, ("$table", table));
        foreach (var index in indexRows)
        {
            var indexColumns = await QueryAsync(connection, IndexColumnsSql,
                r => (r.IsDBNull(0) ? "(expression)" : r.GetString(0)) + (r.GetBoolean(1) ? " DESC" : ""), ct, ("$index", index.Name));
            switch (index.Origin)
            {
                case "pk":
                    break; // described by the primary key itself (its index is an implementation detail)
                case "u":
                    uniqueConstraints.Add(new KeySchema(null, indexColumns));
                    break;
                default:
                    indexes.Add(new IndexSchema(index.Name, indexColumns, index.IsUnique, index.IsPartial ? Filter(index.Sql) : null));
                    break;
            }
        }

        var foreignKeyRows = await QueryAsync(connection, ForeignKeysSql, r => new
        {
            Id = r.GetInt32(0),
            PrincipalTable = r.GetString(1),
            Column = r.GetString(2),
            PrincipalColumn = r.IsDBNull(3) ? "(primary key)" : r.GetString(3),
            OnUpdate = r.GetString(4),
            OnDelete = r.GetString(5),
        }, ct, ("$table", table));
        var foreignKeys = foreignKeyRows
            .GroupBy(f => f.Id)
            .Select(g => new ForeignKeySchema(
                null,
                g.Select(f => f.Column).ToList(),
                g.First().PrincipalTable,
                g.Select(f => f.PrincipalColumn).ToList(),
                g.First().OnDelete,
                g.First().OnUpdate))
            .ToList();

        return new TableSchema(
            table,
            columns,
            primaryKey.Count == 0 ? null : new KeySchema(null, primaryKey),
            uniqueConstraints,
            indexes,
            foreignKeys,
            ReadCheckConstraints(createSql));
    }

    private static string? Filter(string? createIndexSql)
    {
        var where = createIndexSql?.LastIndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) ?? -1;
        return where < 0 ? null : createIndexSql![(where + " WHERE ".Length)..].Trim().TrimEnd(';');
    }

    /// <summary>Named CHECK constraints, e.g. <c>CONSTRAINT "CK_X" CHECK ("A" &gt; 0)</c>, as EF Core writes them.</summary>
    private static List<CheckConstraintSchema> ReadCheckConstraints(string createTableSql)
    {
        var checks = new List<CheckConstraintSchema>();
        foreach (Match match in NamedCheckConstraint().Matches(createTableSql))
        {
            var open = match.Index + match.Length - 1;
            var close = ClosingParenthesis(createTableSql, open);
            checks.Add(new CheckConstraintSchema(
                match.Groups["name"].Value.Replace("\"\"", "\"", StringComparison.Ordinal),
                "CHECK " + createTableSql[open..(close + 1)]));
        }

        return checks;
    }

    private static int ClosingParenthesis(string sql, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < sql.Length; i++)
        {
            var c = sql[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote; // a doubled quote closes and reopens: still balanced
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unbalanced parentheses in a CHECK constraint: {sql}");
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "Only called with the constant catalog queries of this class; names are passed as parameters.")]
    private static async Task<List<T>> QueryAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken ct,
        params (string Name, string Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    [GeneratedRegex(@"\bAUTOINCREMENT\b", RegexOptions.IgnoreCase)]
    private static partial Regex AutoincrementKeyword();

    [GeneratedRegex(@"CONSTRAINT\s+""(?<name>(?:[^""]|"""")+)""\s+CHECK\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCheckConstraint();
}
