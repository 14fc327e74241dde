using Microsoft.EntityFrameworkCore;
using TheoDoi.Plans;

namespace TheoDoi.Tests.Plans;

/// <summary>
/// The data migration ScorecardPlanLinks: a database loaded before /water/security existed has 3.5.1 →
/// /water and 3.5.7 → /water/basin; the migration re-points both to the scorecard and keeps every other link.
/// </summary>
public sealed class ScorecardPlanLinkMigrationTests
{
    private static Task<List<(string Code, string Target)>> LinksAsync(TestApp app) =>
        app.WithDbAsync(async db => (await db.Set<PlanItemLink>().Where(l => l.Kind == PlanItemLinkKind.Page && l.PlanItem.Code.StartsWith("3.5"))
            .Select(l => new { l.PlanItem.Code, l.Target }).ToListAsync()).Select(l => (l.Code, l.Target)).Order().ToList());

    [Fact]
    public async Task The_migration_repoints_3_5_1_and_3_5_7_to_the_scorecard_and_keeps_the_others()
    {
        await using var app = await TestApp.StartAsync();
        // The links as the first plan-512.json stored them.
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(PlanLinkMigrations.FromScorecard);
            return 0;
        });
        Assert.Contains(("3.5.1", "/water"), await LinksAsync(app));

        await app.WithDbAsync(async db => await db.Database.ExecuteSqlRawAsync(PlanLinkMigrations.ToScorecard));
        var again = await app.WithDbAsync(async db => await db.Database.ExecuteSqlRawAsync(PlanLinkMigrations.ToScorecard));

        Assert.Equal(
            [("3.5.1", "/water/security"), ("3.5.2", "/water/licences"), ("3.5.3", "/water/licences"), ("3.5.6", "/water/basin"), ("3.5.7", "/water"), ("3.5.7", "/water/security")],
            await LinksAsync(app));
        Assert.Equal(0, again); // nothing left to re-point
        var title = await app.WithDbAsync(db => db.Set<PlanItemLink>().Where(l => l.PlanItem.Code == "3.5.1" && l.Kind == PlanItemLinkKind.Page).Select(l => l.TitleEn).SingleAsync());
        Assert.Equal("Water-security scorecard of the Đồng Nai – Sài Gòn basin", title);
    }
}
