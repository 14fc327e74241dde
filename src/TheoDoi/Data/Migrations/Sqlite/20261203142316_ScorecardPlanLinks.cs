using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TheoDoi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScorecardPlanLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 3.5.1 and 3.5.7 → /water/security (data only; the model is unchanged).
            migrationBuilder.Sql(TheoDoi.Plans.PlanLinkMigrations.ToScorecard);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TheoDoi.Plans.PlanLinkMigrations.FromScorecard);
        }
    }
}
