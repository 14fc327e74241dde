using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Water : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingCycles_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaterBasins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaKm2 = table.Column<decimal>(type: "TEXT", precision: 12, scale: 1, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterBasins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterBasins_WaterBasins_ParentId",
                        column: x => x.ParentId,
                        principalTable: "WaterBasins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaterImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Layout = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Qc = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    Inserted = table.Column<long>(type: "INTEGER", nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    Alerts = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaterParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    DetectionLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterParameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", nullable: true),
                    LateEntryUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateEntryReason = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitReports_ReportingCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReportingCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WaterBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    BasinId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterBodies_WaterBasins_BasinId",
                        column: x => x.BasinId,
                        principalTable: "WaterBasins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAttachment_UnitReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEvents_UnitReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIndicatorEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIndicatorEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportIndicatorEntry_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportIndicatorEntry_UnitReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportTaskEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Results = table.Column<string>(type: "TEXT", nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTaskEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportTaskEntry_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportTaskEntry_UnitReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaterStations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    BasinId = table.Column<int>(type: "INTEGER", nullable: false),
                    WaterBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetLevel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Weighted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresPesticides = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresHeavyMetals = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterStations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterStations_WaterBasins_BasinId",
                        column: x => x.BasinId,
                        principalTable: "WaterBasins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaterStations_WaterBodies_WaterBodyId",
                        column: x => x.WaterBodyId,
                        principalTable: "WaterBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "water_alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    station_id = table.Column<int>(type: "INTEGER", nullable: false),
                    sampled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    parameter = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false),
                    limit_value = table.Column<double>(type: "REAL", nullable: true),
                    standard = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    limit_unconfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    validated = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_alerts", x => x.id);
                    table.ForeignKey(
                        name: "FK_water_alerts_WaterStations_station_id",
                        column: x => x.station_id,
                        principalTable: "WaterStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "water_samples",
                columns: table => new
                {
                    station_id = table.Column<int>(type: "INTEGER", nullable: false),
                    resolution = table.Column<short>(type: "INTEGER", nullable: false),
                    sampled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    wqi = table.Column<int>(type: "INTEGER", nullable: true),
                    wqi_unrounded = table.Column<double>(type: "REAL", nullable: true),
                    formula = table.Column<short>(type: "INTEGER", nullable: true),
                    parameters = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    below_detection_limit = table.Column<bool>(type: "INTEGER", nullable: false),
                    standard = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    deciding = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    qcvn_notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    validated = table.Column<bool>(type: "INTEGER", nullable: false),
                    value_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_samples", x => new { x.station_id, x.resolution, x.sampled_at });
                    table.ForeignKey(
                        name: "FK_water_samples_WaterStations_station_id",
                        column: x => x.station_id,
                        principalTable: "WaterStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaterStationUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterStationUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaterStationUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaterStationUnits_WaterStations_StationId",
                        column: x => x.StationId,
                        principalTable: "WaterStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportAttachment_ReportId",
                table: "ReportAttachment",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvents_ReportId",
                table: "ReportEvents",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicatorEntry_IndicatorId",
                table: "ReportIndicatorEntry",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicatorEntry_ReportId_IndicatorId",
                table: "ReportIndicatorEntry",
                columns: new[] { "ReportId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingCycles_PlanId_Year",
                table: "ReportingCycles",
                columns: new[] { "PlanId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTaskEntry_PlanItemId",
                table: "ReportTaskEntry",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTaskEntry_ReportId_PlanItemId",
                table: "ReportTaskEntry",
                columns: new[] { "ReportId", "PlanItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_CycleId_UnitId",
                table: "UnitReports",
                columns: new[] { "CycleId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_UnitId",
                table: "UnitReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_water_alerts_created_at",
                table: "water_alerts",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_water_alerts_station_id_sampled_at",
                table: "water_alerts",
                columns: new[] { "station_id", "sampled_at" });

            migrationBuilder.CreateIndex(
                name: "IX_WaterBasins_Code",
                table: "WaterBasins",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaterBasins_ParentId",
                table: "WaterBasins",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_BasinId",
                table: "WaterBodies",
                column: "BasinId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterBodies_Code",
                table: "WaterBodies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaterImportBatches_StartedAt",
                table: "WaterImportBatches",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WaterParameters_Code",
                table: "WaterParameters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaterStations_BasinId",
                table: "WaterStations",
                column: "BasinId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterStations_Code",
                table: "WaterStations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaterStations_WaterBodyId",
                table: "WaterStations",
                column: "WaterBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_WaterStationUnits_StationId_ValidFrom",
                table: "WaterStationUnits",
                columns: new[] { "StationId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaterStationUnits_UnitId",
                table: "WaterStationUnits",
                column: "UnitId");

            // Raw SQL kept in Water/WaterSchemaSql.cs (WITHOUT ROWID in SQLite); re-apply it when regenerating this migration.
            migrationBuilder.Sql(TheoDoi.Water.WaterSchemaSql.Up(postgres: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TheoDoi.Water.WaterSchemaSql.Down);

            migrationBuilder.DropTable(
                name: "ReportAttachment");

            migrationBuilder.DropTable(
                name: "ReportEvents");

            migrationBuilder.DropTable(
                name: "ReportIndicatorEntry");

            migrationBuilder.DropTable(
                name: "ReportTaskEntry");

            migrationBuilder.DropTable(
                name: "water_alerts");

            migrationBuilder.DropTable(
                name: "water_samples");

            migrationBuilder.DropTable(
                name: "WaterImportBatches");

            migrationBuilder.DropTable(
                name: "WaterParameters");

            migrationBuilder.DropTable(
                name: "WaterStationUnits");

            migrationBuilder.DropTable(
                name: "UnitReports");

            migrationBuilder.DropTable(
                name: "WaterStations");

            migrationBuilder.DropTable(
                name: "ReportingCycles");

            migrationBuilder.DropTable(
                name: "WaterBodies");

            migrationBuilder.DropTable(
                name: "WaterBasins");
        }
    }
}
