using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WalkWaterNotesVietnamese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "note_vi",
                table: "water_samples",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "qcvn_notes_vi",
                table: "water_samples",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "note_vi",
                table: "water_samples");

            migrationBuilder.DropColumn(
                name: "qcvn_notes_vi",
                table: "water_samples");
        }
    }
}
