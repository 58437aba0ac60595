using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilySafeguarding.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The engine's full-text index over SearchDocuments and a document for every record made before it (ADR-014).
            SearchSchema.CreateSqliteFullText(migrationBuilder);
            SearchSchema.BackfillSqlite(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchSchema.DropSqliteFullText(migrationBuilder);
            SearchSchema.RemoveDocuments(migrationBuilder);
        }
    }
}
