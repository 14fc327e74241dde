using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchange_partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Contact = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<int>(type: "integer", nullable: true),
                    AgreementId = table.Column<int>(type: "integer", nullable: true),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    KeyPrefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Method = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Values = table.Column<long>(type: "bigint", nullable: true),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Refusal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Groups = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    BasinCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    StationCodes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    DataTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IncludesRaw = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_agreements_exchange_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "exchange_partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_keys_exchange_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "exchange_agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_agreements_PartnerId",
                table: "exchange_agreements",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_keys_AgreementId",
                table: "exchange_keys",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_keys_Prefix",
                table: "exchange_keys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_partners_Name",
                table: "exchange_partners",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_requests_At",
                table: "exchange_requests",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_requests_PartnerId_At",
                table: "exchange_requests",
                columns: new[] { "PartnerId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_keys");

            migrationBuilder.DropTable(
                name: "exchange_requests");

            migrationBuilder.DropTable(
                name: "exchange_agreements");

            migrationBuilder.DropTable(
                name: "exchange_partners");
        }
    }
}
