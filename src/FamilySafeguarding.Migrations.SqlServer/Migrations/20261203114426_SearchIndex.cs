using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.Infrastructure.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilySafeguarding.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A document for every record made before it (ADR-014), then the full-text catalog and index over them
            // (ADR-024), which SQL Server populates in the background. Full-text DDL cannot run inside a transaction, and
            // is skipped where the server lacks the Full-Text Search feature (the app then reports search unavailable).
            SearchSchema.BackfillSqlServer(migrationBuilder);
            migrationBuilder.Sql(SqlServerFullText.Create, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlServerFullText.Drop, suppressTransaction: true);
            SearchSchema.RemoveDocuments(migrationBuilder);
        }
    }
}
