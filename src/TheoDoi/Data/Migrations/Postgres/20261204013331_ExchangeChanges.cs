using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExchangeChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "water_value_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    parameter_id = table.Column<int>(type: "integer", nullable: false),
                    observed_at = table.Column<long>(type: "bigint", nullable: false),
                    old_value = table.Column<double>(type: "double precision", nullable: false),
                    new_value = table.Column<double>(type: "double precision", nullable: false),
                    old_qualifier = table.Column<short>(type: "smallint", nullable: false),
                    new_qualifier = table.Column<short>(type: "smallint", nullable: false),
                    old_qc = table.Column<short>(type: "smallint", nullable: false),
                    new_qc = table.Column<short>(type: "smallint", nullable: false),
                    kind = table.Column<short>(type: "smallint", maxLength: 48, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    batch_id = table.Column<int>(type: "integer", nullable: true),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_value_versions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_water_value_versions_station_id_id",
                table: "water_value_versions",
                columns: new[] { "station_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "water_value_versions");
        }
    }
}
