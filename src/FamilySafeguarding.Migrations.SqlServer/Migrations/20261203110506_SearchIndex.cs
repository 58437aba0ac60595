using FamilySafeguarding.Infrastructure.Persistence;
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
            // A document for every record made before it (ADR-014); the full-text index follows (ADR-024).
            SearchSchema.BackfillSqlServer(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchSchema.RemoveDocuments(migrationBuilder);
        }
    }
}
