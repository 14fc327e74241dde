using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkflowNoticeEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodyEn",
                table: "Notifications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectEn",
                table: "Notifications",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BodyEn",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "SubjectEn",
                table: "Notifications");
        }
    }
}
