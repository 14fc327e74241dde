using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    UnitCode = table.Column<string>(type: "text", nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Entity = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuerEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SystemSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SystemSettings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeedKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: true),
                    MeasureUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Direction = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Aggregation = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Numerator = table.Column<string>(type: "text", nullable: true),
                    Denominator = table.Column<string>(type: "text", nullable: true),
                    NumeratorEn = table.Column<string>(type: "text", nullable: true),
                    DenominatorEn = table.Column<string>(type: "text", nullable: true),
                    Sdg = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SdgNote = table.Column<string>(type: "text", nullable: true),
                    ResponsibleUnitId = table.Column<int>(type: "integer", nullable: true),
                    ResponsibleUnitNote = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "text", nullable: true),
                    BaselineYear = table.Column<int>(type: "integer", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    BaselineSource = table.Column<string>(type: "text", nullable: true),
                    MethodNote = table.Column<string>(type: "text", nullable: true),
                    MethodNoteEn = table.Column<string>(type: "text", nullable: true),
                    RegistrySource = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustrialParks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AreaHa = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OperatingSince = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HasCentralPlant = table.Column<bool>(type: "boolean", nullable: false),
                    PlantSince = table.Column<DateOnly>(type: "date", nullable: true),
                    PlantCapacity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ConnectedToAutoMonitoring = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    TitleEn = table.Column<string>(type: "text", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "integer", nullable: true),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: true),
                    ReportDeadlineDay = table.Column<int>(type: "integer", nullable: false),
                    ReportDeadlineMonth = table.Column<int>(type: "integer", nullable: false),
                    ReportRecipientUnitId = table.Column<int>(type: "integer", nullable: true),
                    ReportingRuleText = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Units_IssuerUnitId",
                        column: x => x.IssuerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Units_ReportRecipientUnitId",
                        column: x => x.ReportRecipientUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false),
                    Effective = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WasteStatistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UrbanGenerated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    UrbanCollected = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    UrbanTreated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    HazardousGenerated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    HazardousTreated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "IndicatorDefinitionVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
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
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    IsPlanTarget = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Series = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    SeriesKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    State = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Origin = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    QualityFlag = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ParkComplianceChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetsStandard = table.Column<bool>(type: "boolean", nullable: false),
                    Method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Standard = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "PlanBasis",
                columns: table => new
                {
                    BasesId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanBasis", x => new { x.BasesId, x.PlanId });
                    table.ForeignKey(
                        name: "FK_PlanBasis_LegalDocuments_BasesId",
                        column: x => x.BasesId,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanBasis_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true),
                    LeadUnitId = table.Column<int>(type: "integer", nullable: true),
                    LeadScope = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    CoordinatingScope = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Recurrence = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Deliverable = table.Column<string>(type: "text", nullable: true),
                    ReportToUnitId = table.Column<int>(type: "integer", nullable: true),
                    SubmitTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    EvidenceText = table.Column<string>(type: "text", nullable: true),
                    ProjectStage = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnReason = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_PlanItems_ParentId",
                        column: x => x.ParentId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItems_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanItems_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanItems_Units_ReportToUnitId",
                        column: x => x.ReportToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "PlanItemCoordinator",
                columns: table => new
                {
                    CoordinatingUnitsId = table.Column<int>(type: "integer", nullable: false),
                    PlanItemId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemCoordinator", x => new { x.CoordinatingUnitsId, x.PlanItemId });
                    table.ForeignKey(
                        name: "FK_PlanItemCoordinator_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanItemCoordinator_Units_CoordinatingUnitsId",
                        column: x => x.CoordinatingUnitsId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanItemId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Origin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PartProgress = table.Column<int>(type: "integer", nullable: true),
                    PartNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanItemId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    StoredPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEvidence_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskUpdates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanItemId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Part = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    StatusFrom = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    StatusTo = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ProgressFrom = table.Column<int>(type: "integer", nullable: true),
                    ProgressTo = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskUpdates_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityKey",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDefinitionVersions_IndicatorId_Version",
                table: "IndicatorDefinitionVersions",
                columns: new[] { "IndicatorId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ResponsibleUnitId",
                table: "Indicators",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorId_Year",
                table: "IndicatorTargets",
                columns: new[] { "IndicatorId", "Year" },
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
                name: "IX_LegalDocuments_Number",
                table: "LegalDocuments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Key",
                table: "Notifications",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UnitCode_CreatedAt",
                table: "Notifications",
                columns: new[] { "UnitCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkComplianceChecks_ParkId_Date",
                table: "ParkComplianceChecks",
                columns: new[] { "ParkId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanBasis_PlanId",
                table: "PlanBasis",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemCoordinator_PlanItemId",
                table: "PlanItemCoordinator",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_LeadUnitId",
                table: "PlanItems",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_ParentId",
                table: "PlanItems",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanId_Code",
                table: "PlanItems",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_ReportToUnitId",
                table: "PlanItems",
                column: "ReportToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_IssuerUnitId",
                table: "Plans",
                column: "IssuerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Number",
                table: "Plans",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ReportRecipientUnitId",
                table: "Plans",
                column: "ReportRecipientUnitId");

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
                name: "IX_TaskAssignments_PlanItemId_UnitId_ValidFrom",
                table: "TaskAssignments",
                columns: new[] { "PlanItemId", "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_UnitId",
                table: "TaskAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskEvidence_PlanItemId",
                table: "TaskEvidence",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskUpdates_PlanItemId_At",
                table: "TaskUpdates",
                columns: new[] { "PlanItemId", "At" });

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
                name: "IX_Units_Code_ValidFrom",
                table: "Units",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_SeedKey",
                table: "Units",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_PredecessorId_SuccessorId",
                table: "UnitSuccessions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_SuccessorId",
                table: "UnitSuccessions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_WasteStatistics_UnitId_Year",
                table: "WasteStatistics",
                columns: new[] { "UnitId", "Year" },
                unique: true);

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

            // The observations table is raw SQL (Water/WaterSchemaSql.cs: WITHOUT ROWID in SQLite, keyed for the importer); keep this when regenerating.
            migrationBuilder.Sql(TheoDoi.Water.WaterSchemaSql.Up(postgres: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TheoDoi.Water.WaterSchemaSql.Down);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "IndicatorDefinitionVersions");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ParkComplianceChecks");

            migrationBuilder.DropTable(
                name: "PlanBasis");

            migrationBuilder.DropTable(
                name: "PlanItemCoordinator");

            migrationBuilder.DropTable(
                name: "ReportAttachment");

            migrationBuilder.DropTable(
                name: "ReportEvents");

            migrationBuilder.DropTable(
                name: "ReportIndicatorEntry");

            migrationBuilder.DropTable(
                name: "ReportTaskEntry");

            migrationBuilder.DropTable(
                name: "SystemSettings");

            migrationBuilder.DropTable(
                name: "TaskAssignments");

            migrationBuilder.DropTable(
                name: "TaskEvidence");

            migrationBuilder.DropTable(
                name: "TaskUpdates");

            migrationBuilder.DropTable(
                name: "UnitSuccessions");

            migrationBuilder.DropTable(
                name: "WasteStatistics");

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
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "IndustrialParks");

            migrationBuilder.DropTable(
                name: "LegalDocuments");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "UnitReports");

            migrationBuilder.DropTable(
                name: "PlanItems");

            migrationBuilder.DropTable(
                name: "WaterStations");

            migrationBuilder.DropTable(
                name: "ReportingCycles");

            migrationBuilder.DropTable(
                name: "WaterBodies");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "WaterBasins");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
