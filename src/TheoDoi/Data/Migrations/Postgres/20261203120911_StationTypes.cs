using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StationTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aquifer",
                table: "WaterStations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CapacityHm3",
                table: "WaterStations",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Datum",
                table: "WaterStations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Threshold",
                table: "WaterStations",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "WaterStations",
                type: "character varying(48)",
                maxLength: 48,
                nullable: false,
                defaultValue: "Quality");

            migrationBuilder.CreateTable(
                name: "WaterLevelVolumes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    LevelM = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    VolumeHm3 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterLevelVolumes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterLevelVolumes_WaterStations_StationId",
                        column: x => x.StationId,
                        principalTable: "WaterStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaterLevelVolumes_StationId_LevelM",
                table: "WaterLevelVolumes",
                columns: new[] { "StationId", "LevelM" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WaterLevelVolumes");

            migrationBuilder.DropColumn(
                name: "Aquifer",
                table: "WaterStations");

            migrationBuilder.DropColumn(
                name: "CapacityHm3",
                table: "WaterStations");

            migrationBuilder.DropColumn(
                name: "Datum",
                table: "WaterStations");

            migrationBuilder.DropColumn(
                name: "Threshold",
                table: "WaterStations");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "WaterStations");
        }
    }
}
