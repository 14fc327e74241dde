using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Values = table.Column<long>(type: "INTEGER", nullable: true),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Refusal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    BasinCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StationCodes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IncludesRaw = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
