using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aggregation",
                table: "Indicators",
                type: "TEXT",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BaselineSource",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "BaselineValue",
                table: "Indicators",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaselineYear",
                table: "Indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MethodNote",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MethodNoteEn",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrySource",
                table: "Indicators",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "IndicatorDefinitionVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDefinitionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorDefinitionVersions_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    QualityFlag = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustrialParks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaHa = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    OperatingSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HasCentralPlant = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlantSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlantCapacity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ConnectedToAutoMonitoring = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustrialParks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustrialParks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WasteStatistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UrbanGenerated = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    UrbanCollected = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    UrbanTreated = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    HazardousGenerated = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    HazardousTreated = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WasteStatistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WasteStatistics_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParkComplianceChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetsStandard = table.Column<bool>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkComplianceChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkComplianceChecks_IndustrialParks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "IndustrialParks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDefinitionVersions_IndicatorId_Version",
                table: "IndicatorDefinitionVersions",
                columns: new[] { "IndicatorId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_SeriesKey_Year",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "SeriesKey", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_UnitId",
                table: "IndicatorValues",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustrialParks_Code",
                table: "IndustrialParks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustrialParks_UnitId",
                table: "IndustrialParks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkComplianceChecks_ParkId_Date",
                table: "ParkComplianceChecks",
                columns: new[] { "ParkId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_WasteStatistics_UnitId_Year",
                table: "WasteStatistics",
                columns: new[] { "UnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorDefinitionVersions");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "ParkComplianceChecks");

            migrationBuilder.DropTable(
                name: "WasteStatistics");

            migrationBuilder.DropTable(
                name: "IndustrialParks");

            migrationBuilder.DropColumn(
                name: "Aggregation",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "BaselineSource",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "BaselineValue",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "BaselineYear",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "MethodNote",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "MethodNoteEn",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "RegistrySource",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Indicators");
        }
    }
}
