using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    AreaKm2 = table.Column<decimal>(type: "numeric(12,1)", precision: 12, scale: 1, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Layout = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Qc = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Rows = table.Column<long>(type: "bigint", nullable: false),
                    Inserted = table.Column<long>(type: "bigint", nullable: false),
                    Updated = table.Column<long>(type: "bigint", nullable: false),
                    Unchanged = table.Column<long>(type: "bigint", nullable: false),
                    Alerts = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaterParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Group = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    DetectionLimit = table.Column<decimal>(type: "numeric(18,9)", precision: 18, scale: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaterParameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Narrative = table.Column<string>(type: "text", nullable: true),
                    Difficulties = table.Column<string>(type: "text", nullable: true),
                    Proposals = table.Column<string>(type: "text", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "text", nullable: true),
                    LateEntryUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LateEntryReason = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    BasinId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    StoredPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    To = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    PlanItemId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Results = table.Column<string>(type: "text", nullable: true),
                    Difficulties = table.Column<string>(type: "text", nullable: true),
                    Proposals = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Latitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    BasinId = table.Column<int>(type: "integer", nullable: false),
                    WaterBodyId = table.Column<int>(type: "integer", nullable: true),
                    TargetLevel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Weighted = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresPesticides = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresHeavyMetals = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    sampled_at = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    parameter = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<double>(type: "double precision", nullable: false),
                    limit_value = table.Column<double>(type: "double precision", nullable: true),
                    standard = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    limit_unconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    validated = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    resolution = table.Column<short>(type: "smallint", nullable: false),
                    sampled_at = table.Column<long>(type: "bigint", nullable: false),
                    wqi = table.Column<int>(type: "integer", nullable: true),
                    wqi_unrounded = table.Column<double>(type: "double precision", nullable: true),
                    formula = table.Column<short>(type: "smallint", nullable: true),
                    parameters = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    below_detection_limit = table.Column<bool>(type: "boolean", nullable: false),
                    standard = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    deciding = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    qcvn_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    validated = table.Column<bool>(type: "boolean", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
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
            migrationBuilder.Sql(TheoDoi.Water.WaterSchemaSql.Up(postgres: true));
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
