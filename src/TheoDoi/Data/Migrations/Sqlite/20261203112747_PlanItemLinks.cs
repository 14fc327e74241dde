using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanItemLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanItemLink",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    TargetItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItemLink_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanItemLink_PlanItems_TargetItemId",
                        column: x => x.TargetItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemLink_Kind_Target",
                table: "PlanItemLink",
                columns: new[] { "Kind", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemLink_PlanItemId_Kind_Target",
                table: "PlanItemLink",
                columns: new[] { "PlanItemId", "Kind", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemLink_TargetItemId",
                table: "PlanItemLink",
                column: "TargetItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanItemLink");
        }
    }
}
