using Microsoft.EntityFrameworkCore;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water.Security;

/// <summary>
/// The wells' trends read as one batch (issue 9's 200-well target, docs/benchmarks.md) give each well
/// exactly the trend it has alone — its own day means, never a neighbour's — in the order asked, and
/// an unknown well is answered "not found" without spoiling the others.
/// </summary>
public sealed class WellTrendBatchTests(WaterSecurityDemoFixture fixture) : IClassFixture<WaterSecurityDemoFixture>
{
    private static readonly string[] s_wells = ["gw-qp23-02", "GW-QP23-01", "NO-SUCH-WELL", "GW-QP23-04", "GW-QP23-03"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_well_of_a_batch_gets_the_trend_of_its_own_day_means(bool validatedOnly)
    {
        var (batch, alone) = await fixture.App.WithDbAsync(async db =>
        {
            var reads = new WaterSecurityReads(db);
            var batch = await reads.GroundwaterTrendsAsync(s_wells, validatedOnly, CancellationToken.None);
            var alone = new List<UseCaseResult<WaterSecurityReads.TrendDto>?>();
            foreach (var code in s_wells)
            {
                // The station-at-a-time day means of the station pages, through the same computation.
                var station = await db.WaterStations.AsNoTracking().WithCode(s => s.Code, code).SingleOrDefaultAsync();
                alone.Add(station is null ? null : WaterSecurityReads.TrendOf(station, await reads.DailyAsync(station.Id, "GWD", validatedOnly, null, CancellationToken.None)));
            }

            return (batch, alone);
        });

        Assert.Equal(s_wells.Length, batch.Count);
        Assert.Equal(Outcome.NotFound, batch[2].Outcome);
        for (var i = 0; i < s_wells.Length; i++)
        {
            if (alone[i] is { } expected)
            {
                Assert.Equal(expected.Outcome, batch[i].Outcome);
                Assert.Equal(expected.IsDone ? expected.Done() : null, batch[i].IsDone ? batch[i].Done() : null);
            }
        }

        Assert.NotEqual(batch[0].Done().SlopePerYear10, batch[1].Done().SlopePerYear10);
    }
}
