using System.Net;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Registries;

/// <summary>
/// Two clerks saving the same figures at the same moment (seen under bench/load as 500s): every
/// save answers 200, and what is stored is one of the saves, whole.
/// </summary>
public sealed class ConcurrentSaveTests : IClassFixture<AppFixture>
{
    private readonly TestApp _app;

    public ConcurrentSaveTests(AppFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Simultaneous_saves_of_the_same_waste_figures_all_succeed_and_one_of_them_is_stored()
    {
        var coordinator = await _app.ClientAsAsync(Roles.Coordinator);
        for (var round = 0; round < 3; round++)
        {
            var saves = Enumerable.Range(0, 12).Select(i => coordinator.PutAsJsonAsync("/api/v1/registries/waste", new
            {
                items = new object[] { new { unit = "72", year = 2015, urbanGenerated = 100 + i, urbanCollected = 90 + i, urbanTreated = 80 + i } },
            })).ToList();
            var answers = await Task.WhenAll(saves);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            var stored = await _app.WithDbAsync(db => db.WasteStatistics.AsNoTracking().SingleAsync(w => w.Unit.Code == "72" && w.Year == 2015));
            Assert.Equal(stored.UrbanGenerated - 10, stored.UrbanCollected);
            Assert.Equal(stored.UrbanGenerated - 20, stored.UrbanTreated);
        }
    }

    [Fact]
    public async Task Simultaneous_saves_of_the_same_indicator_value_all_succeed()
    {
        var coordinator = await _app.ClientAsAsync(Roles.Coordinator);
        for (var round = 0; round < 3; round++)
        {
            var saves = Enumerable.Range(0, 12).Select(i => coordinator.PutAsJsonAsync("/api/v1/indicators/KCN-XLNT/values", new
            {
                items = new object[] { new { unit = "74", year = 2012, numerator = 1 + i, denominator = 50, state = "draft" } },
            })).ToList();
            var answers = await Task.WhenAll(saves);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        }
    }
}
