using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    station_id = table.Column<int>(type: "INTEGER", nullable: false),
                    parameter_id = table.Column<int>(type: "INTEGER", nullable: false),
                    observed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    old_value = table.Column<double>(type: "REAL", nullable: false),
                    new_value = table.Column<double>(type: "REAL", nullable: false),
                    old_qualifier = table.Column<short>(type: "INTEGER", nullable: false),
                    new_qualifier = table.Column<short>(type: "INTEGER", nullable: false),
                    old_qc = table.Column<short>(type: "INTEGER", nullable: false),
                    new_qc = table.Column<short>(type: "INTEGER", nullable: false),
                    kind = table.Column<short>(type: "INTEGER", maxLength: 48, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    batch_id = table.Column<int>(type: "INTEGER", nullable: true),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
