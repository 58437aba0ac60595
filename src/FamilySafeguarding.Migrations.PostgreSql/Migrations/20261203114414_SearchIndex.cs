using FamilySafeguarding.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilySafeguarding.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The engine's full-text index over SearchDocuments and a document for every record made before it (ADR-014).
            SearchSchema.CreatePostgresFullText(migrationBuilder);
            SearchSchema.BackfillPostgreSql(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchSchema.DropPostgresFullText(migrationBuilder);
            SearchSchema.RemoveDocuments(migrationBuilder);
        }
    }
}
