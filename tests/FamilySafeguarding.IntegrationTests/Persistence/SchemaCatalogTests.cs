using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using FamilySafeguarding.IntegrationTests.Infrastructure;

namespace FamilySafeguarding.IntegrationTests.Persistence;

/// <summary>
/// The schema comparer on real engines: the same DDL twice reports nothing; each kind of drift,
/// applied to the "migrated" copy, is reported once, naming the object.
/// </summary>
public sealed class SchemaCatalogTests
{
    /// <summary>A table nothing refers to, so it can be dropped whole.</summary>
    private const string TeamsSqlite = """
        CREATE TABLE "Teams" (
            "Id" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            "Notes" TEXT NULL,
            "Code" INTEGER NOT NULL,
            CONSTRAINT "PK_Teams" PRIMARY KEY ("Id")
        );
        """;

    private const string SqliteSchema = TeamsSqlite + "\n" + """
        CREATE TABLE "Organisations" (
            "Id" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            CONSTRAINT "AK_Organisations_Name" UNIQUE ("Name"),
            CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id")
        );
        CREATE TABLE "People" (
            "Id" TEXT NOT NULL,
            "OrganisationId" TEXT NOT NULL,
            "ManagerId" TEXT NULL,
            "FullName" TEXT NOT NULL,
            "Email" TEXT NULL,
            "IsActive" INTEGER NOT NULL DEFAULT 1,
            CONSTRAINT "FK_People_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_People_People_ManagerId" FOREIGN KEY ("ManagerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
            CONSTRAINT "CK_People_FullName" CHECK (length("FullName") > 0),
            CONSTRAINT "PK_People" PRIMARY KEY ("Id")
        );
        CREATE INDEX "IX_People_ManagerId" ON "People" ("ManagerId");
        CREATE UNIQUE INDEX "IX_People_OrganisationId_Email" ON "People" ("OrganisationId", "Email");
        """;

    private const string TeamsPostgres = """
        CREATE TABLE "Teams" (
            "Id" uuid NOT NULL,
            "Name" character varying(100) NOT NULL,
            "Notes" text NULL,
            "Code" integer NOT NULL,
            "Score" numeric(3,2) NULL,
            CONSTRAINT "PK_Teams" PRIMARY KEY ("Id")
        );
        """;

    private const string PostgresSchema = TeamsPostgres + "\n" + """
        CREATE TABLE "Organisations" (
            "Id" uuid NOT NULL,
            "Name" text NOT NULL,
            CONSTRAINT "AK_Organisations_Name" UNIQUE ("Name"),
            CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id")
        );
        CREATE TABLE "People" (
            "Id" uuid NOT NULL,
            "OrganisationId" uuid NOT NULL,
            "ManagerId" uuid NULL,
            "FullName" text NOT NULL,
            "Email" text NULL,
            "IsActive" boolean NOT NULL DEFAULT TRUE,
            CONSTRAINT "FK_People_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_People_People_ManagerId" FOREIGN KEY ("ManagerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
            CONSTRAINT "CK_People_FullName" CHECK (length("FullName") > 0),
            CONSTRAINT "PK_People" PRIMARY KEY ("Id")
        );
        CREATE INDEX "IX_People_ManagerId" ON "People" ("ManagerId");
        CREATE UNIQUE INDEX "IX_People_OrganisationId_Email" ON "People" ("OrganisationId", "Email");
        """;

    /// <summary>Drift cases: what to change in the SQLite schema, and the one difference expected.</summary>
    public static TheoryData<string, string, string, string> SqliteDrifts => new()
    {
        { "missing table", TeamsSqlite, "", "Table \"Teams\" exists in the model but not in the migrated database" },
        {
            "extra table", TeamsSqlite, TeamsSqlite + "CREATE TABLE \"Foo\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_Foo\" PRIMARY KEY);",
            "Table \"Foo\" exists in the migrated database but not in the model"
        },
        {
            "missing column", "\"Notes\" TEXT NULL,", "",
            "Table \"Teams\": column \"Notes\" exists in the model but not in the migrated database"
        },
        {
            "extra column", "\"Email\" TEXT NULL,", "\"Email\" TEXT NULL, \"Nickname\" TEXT NULL,",
            "Table \"People\": column \"Nickname\" exists in the migrated database but not in the model"
        },
        {
            "nullability", "\"FullName\" TEXT NOT NULL", "\"FullName\" TEXT NULL",
            "Table \"People\": column \"FullName\" is TEXT NOT NULL in the model but TEXT NULL in the migrated database"
        },
        {
            "type", "\"Code\" INTEGER NOT NULL", "\"Code\" TEXT NOT NULL",
            "Table \"Teams\": column \"Code\" is INTEGER NOT NULL in the model but TEXT NOT NULL in the migrated database"
        },
        {
            "default", "DEFAULT 1", "DEFAULT 0",
            "Table \"People\": column \"IsActive\" is INTEGER NOT NULL DEFAULT 1 in the model but INTEGER NOT NULL DEFAULT 0 in the migrated database"
        },
        {
            "primary key columns", "CONSTRAINT \"PK_Teams\" PRIMARY KEY (\"Id\")", "CONSTRAINT \"PK_Teams\" PRIMARY KEY (\"Id\", \"Code\")",
            "Table \"Teams\": primary key is (Id) in the model but (Id, Code) in the migrated database"
        },
        {
            "missing unique constraint", "CONSTRAINT \"AK_Organisations_Name\" UNIQUE (\"Name\"),", "",
            "Table \"Organisations\": unique constraint (Name) exists in the model but not in the migrated database"
        },
        {
            "missing index", "CREATE INDEX \"IX_People_ManagerId\" ON \"People\" (\"ManagerId\");", "",
            "Index \"IX_People_ManagerId\" on \"People\" exists in the model but not in the migrated database"
        },
        {
            "unique index made non-unique", "CREATE UNIQUE INDEX \"IX_People_OrganisationId_Email\"", "CREATE INDEX \"IX_People_OrganisationId_Email\"",
            "Index \"IX_People_OrganisationId_Email\" on \"People\" is UNIQUE (OrganisationId, Email) in the model but non-unique (OrganisationId, Email) in the migrated database"
        },
        {
            "index column order", "(\"OrganisationId\", \"Email\")", "(\"Email\", \"OrganisationId\")",
            "Index \"IX_People_OrganisationId_Email\" on \"People\" is UNIQUE (OrganisationId, Email) in the model but UNIQUE (Email, OrganisationId) in the migrated database"
        },
        {
            "foreign key on delete", "REFERENCES \"Organisations\" (\"Id\") ON DELETE CASCADE", "REFERENCES \"Organisations\" (\"Id\") ON DELETE RESTRICT",
            "Foreign key on \"People\" (OrganisationId) referencing \"Organisations\" is (OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE CASCADE"
                + " in the model but (OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE RESTRICT in the migrated database"
        },
        {
            "missing foreign key", "CONSTRAINT \"FK_People_People_ManagerId\" FOREIGN KEY (\"ManagerId\") REFERENCES \"People\" (\"Id\") ON DELETE RESTRICT,", "",
            "Foreign key on \"People\" (ManagerId) referencing \"People\" exists in the model but not in the migrated database"
        },
        {
            "check constraint", "length(\"FullName\") > 0", "length(\"FullName\") > 1",
            "Check constraint \"CK_People_FullName\" on \"People\" is CHECK (length(\"FullName\") > 0) in the model"
                + " but CHECK (length(\"FullName\") > 1) in the migrated database"
        },
    };

    /// <summary>Drift cases: what to change in the PostgreSQL schema, and the one difference expected.</summary>
    public static TheoryData<string, string, string, string> PostgresDrifts => new()
    {
        { "missing table", TeamsPostgres, "", "Table \"Teams\" exists in the model but not in the migrated database" },
        {
            "extra table", TeamsPostgres, TeamsPostgres + "CREATE TABLE \"Foo\" (\"Id\" integer NOT NULL CONSTRAINT \"PK_Foo\" PRIMARY KEY);",
            "Table \"Foo\" exists in the migrated database but not in the model"
        },
        {
            "missing column", "\"Notes\" text NULL,", "",
            "Table \"Teams\": column \"Notes\" exists in the model but not in the migrated database"
        },
        {
            "extra column", "\"Email\" text NULL,", "\"Email\" text NULL, \"Nickname\" text NULL,",
            "Table \"People\": column \"Nickname\" exists in the migrated database but not in the model"
        },
        {
            "nullability", "\"FullName\" text NOT NULL", "\"FullName\" text NULL",
            "Table \"People\": column \"FullName\" is text NOT NULL in the model but text NULL in the migrated database"
        },
        {
            "type", "\"Code\" integer NOT NULL", "\"Code\" bigint NOT NULL",
            "Table \"Teams\": column \"Code\" is integer NOT NULL in the model but bigint NOT NULL in the migrated database"
        },
        {
            "max length", "character varying(100)", "character varying(50)",
            "Table \"Teams\": column \"Name\" is character varying(100) NOT NULL in the model but character varying(50) NOT NULL in the migrated database"
        },
        {
            "precision", "numeric(3,2)", "numeric(4,2)",
            "Table \"Teams\": column \"Score\" is numeric(3,2) NULL in the model but numeric(4,2) NULL in the migrated database"
        },
        {
            "default", "DEFAULT TRUE", "DEFAULT FALSE",
            "Table \"People\": column \"IsActive\" is boolean NOT NULL DEFAULT true in the model but boolean NOT NULL DEFAULT false in the migrated database"
        },
        {
            "primary key name", "CONSTRAINT \"PK_Teams\"", "CONSTRAINT \"PK_Team\"",
            "Table \"Teams\": primary key is \"PK_Teams\" (Id) in the model but \"PK_Team\" (Id) in the migrated database"
        },
        {
            "missing unique constraint", "CONSTRAINT \"AK_Organisations_Name\" UNIQUE (\"Name\"),", "",
            "Table \"Organisations\": unique constraint \"AK_Organisations_Name\" (Name) exists in the model but not in the migrated database"
        },
        {
            "missing index", "CREATE INDEX \"IX_People_ManagerId\" ON \"People\" (\"ManagerId\");", "",
            "Index \"IX_People_ManagerId\" on \"People\" exists in the model but not in the migrated database"
        },
        {
            "unique index made non-unique", "CREATE UNIQUE INDEX \"IX_People_OrganisationId_Email\"", "CREATE INDEX \"IX_People_OrganisationId_Email\"",
            "Index \"IX_People_OrganisationId_Email\" on \"People\" is UNIQUE (OrganisationId, Email) in the model but non-unique (OrganisationId, Email) in the migrated database"
        },
        {
            "index column order", "(\"OrganisationId\", \"Email\")", "(\"Email\", \"OrganisationId\")",
            "Index \"IX_People_OrganisationId_Email\" on \"People\" is UNIQUE (OrganisationId, Email) in the model but UNIQUE (Email, OrganisationId) in the migrated database"
        },
        {
            "foreign key on delete", "REFERENCES \"Organisations\" (\"Id\") ON DELETE CASCADE", "REFERENCES \"Organisations\" (\"Id\") ON DELETE RESTRICT",
            "Foreign key \"FK_People_Organisations_OrganisationId\" on \"People\" (OrganisationId) referencing \"Organisations\""
                + " is \"FK_People_Organisations_OrganisationId\" (OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE CASCADE in the model"
                + " but \"FK_People_Organisations_OrganisationId\" (OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE RESTRICT in the migrated database"
        },
        {
            "missing foreign key", "CONSTRAINT \"FK_People_People_ManagerId\" FOREIGN KEY (\"ManagerId\") REFERENCES \"People\" (\"Id\") ON DELETE RESTRICT,", "",
            "Foreign key \"FK_People_People_ManagerId\" on \"People\" (ManagerId) referencing \"People\" exists in the model but not in the migrated database"
        },
        {
            "check constraint", "length(\"FullName\") > 0", "length(\"FullName\") > 1",
            "Check constraint \"CK_People_FullName\" on \"People\" is CHECK ((length(\"FullName\") > 0)) in the model"
                + " but CHECK ((length(\"FullName\") > 1)) in the migrated database"
        },
    };

    [Fact]
    public async Task ReadAsync_OnSqlite_DescribesTablesColumnsKeysAndIndexes()
    {
        var catalog = await CatalogOfAsync(TestDatabase.Sqlite, SqliteSchema);

        Assert.Equal(["Organisations", "People", "Teams"], catalog.Tables.Select(t => t.Name).Order());
        var people = catalog.Tables.Single(t => t.Name == "People");
        Assert.Equal(
            ["Id TEXT NOT NULL", "OrganisationId TEXT NOT NULL", "ManagerId TEXT NULL", "FullName TEXT NOT NULL", "Email TEXT NULL", "IsActive INTEGER NOT NULL DEFAULT 1"],
            people.Columns.Select(c => $"{c.Name} {c}"));
        Assert.Equal("(Id)", people.PrimaryKey?.ToString());
        Assert.Equal(
            ["IX_People_ManagerId non-unique (ManagerId)", "IX_People_OrganisationId_Email UNIQUE (OrganisationId, Email)"],
            people.Indexes.Select(i => $"{i.Name} {i}").Order());
        Assert.Equal(
            ["(ManagerId) REFERENCES \"People\" (Id) ON DELETE RESTRICT", "(OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE CASCADE"],
            people.ForeignKeys.Select(f => f.ToString()).Order());
        Assert.Equal(["CK_People_FullName CHECK (length(\"FullName\") > 0)"], people.CheckConstraints.Select(c => $"{c.Name} {c}"));
        Assert.Equal(["(Name)"], catalog.Tables.Single(t => t.Name == "Organisations").UniqueConstraints.Select(k => k.ToString()));
    }

    [PostgresFact]
    public async Task ReadAsync_OnPostgreSql_DescribesTablesColumnsKeysAndIndexes()
    {
        var catalog = await CatalogOfAsync(TestDatabase.PostgreSql, PostgresSchema);

        Assert.Equal(["Organisations", "People", "Teams"], catalog.Tables.Select(t => t.Name).Order());
        var people = catalog.Tables.Single(t => t.Name == "People");
        Assert.Equal(
            ["Id uuid NOT NULL", "OrganisationId uuid NOT NULL", "ManagerId uuid NULL", "FullName text NOT NULL", "Email text NULL", "IsActive boolean NOT NULL DEFAULT true"],
            people.Columns.Select(c => $"{c.Name} {c}"));
        Assert.Equal("\"PK_People\" (Id)", people.PrimaryKey?.ToString());
        Assert.Equal(
            ["IX_People_ManagerId non-unique (ManagerId)", "IX_People_OrganisationId_Email UNIQUE (OrganisationId, Email)"],
            people.Indexes.Select(i => $"{i.Name} {i}").Order());
        Assert.Equal(
            [
                "\"FK_People_Organisations_OrganisationId\" (OrganisationId) REFERENCES \"Organisations\" (Id) ON DELETE CASCADE",
                "\"FK_People_People_ManagerId\" (ManagerId) REFERENCES \"People\" (Id) ON DELETE RESTRICT",
            ],
            people.ForeignKeys.Select(f => f.ToString()).Order());
        Assert.Equal(["CK_People_FullName CHECK ((length(\"FullName\") > 0))"], people.CheckConstraints.Select(c => $"{c.Name} {c}"));
        Assert.Equal(
            ["Code integer NOT NULL", "Id uuid NOT NULL", "Name character varying(100) NOT NULL", "Notes text NULL", "Score numeric(3,2) NULL"],
            catalog.Tables.Single(t => t.Name == "Teams").Columns.Select(c => $"{c.Name} {c}").Order());
        Assert.Equal(
            ["\"AK_Organisations_Name\" (Name)"],
            catalog.Tables.Single(t => t.Name == "Organisations").UniqueConstraints.Select(k => k.ToString()));
    }

    [Fact]
    public async Task DescribeDifferences_OnSqlite_WhenSchemasAreIdentical_IsEmpty()
    {
        var model = await CatalogOfAsync(TestDatabase.Sqlite, SqliteSchema);
        var migrated = await CatalogOfAsync(TestDatabase.Sqlite, SqliteSchema);

        Assert.Equal(3, model.Tables.Count);
        Assert.Empty(SchemaCatalog.DescribeDifferences(model, migrated));
    }

    [PostgresFact]
    public async Task DescribeDifferences_OnPostgreSql_WhenSchemasAreIdentical_IsEmpty()
    {
        var model = await CatalogOfAsync(TestDatabase.PostgreSql, PostgresSchema);
        var migrated = await CatalogOfAsync(TestDatabase.PostgreSql, PostgresSchema);

        Assert.Equal(3, model.Tables.Count);
        Assert.Empty(SchemaCatalog.DescribeDifferences(model, migrated));
    }

    [Theory]
    [MemberData(nameof(SqliteDrifts))]
    public async Task DescribeDifferences_OnSqlite_ReportsDrift(string drift, string find, string replace, string expected)
    {
        Assert.False(string.IsNullOrEmpty(drift));
        Assert.Contains(find, SqliteSchema, StringComparison.Ordinal);

        var model = await CatalogOfAsync(TestDatabase.Sqlite, SqliteSchema);
        var migrated = await CatalogOfAsync(TestDatabase.Sqlite, SqliteSchema.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal([expected], SchemaCatalog.DescribeDifferences(model, migrated));
    }

    [PostgresTheory]
    [MemberData(nameof(PostgresDrifts))]
    public async Task DescribeDifferences_OnPostgreSql_ReportsDrift(string drift, string find, string replace, string expected)
    {
        Assert.False(string.IsNullOrEmpty(drift));
        Assert.Contains(find, PostgresSchema, StringComparison.Ordinal);

        var model = await CatalogOfAsync(TestDatabase.PostgreSql, PostgresSchema);
        var migrated = await CatalogOfAsync(TestDatabase.PostgreSql, PostgresSchema.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal([expected], SchemaCatalog.DescribeDifferences(model, migrated));
    }

    /// <summary>Runs the DDL in a fresh database and reads its catalog.</summary>
    private static async Task<SchemaCatalog> CatalogOfAsync(string provider, string ddl)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, ddl);
        return await SchemaCatalog.ReadAsync(connection, CancellationToken.None);
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "Runs the DDL written in this file.")]
    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
