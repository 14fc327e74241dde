using System.Net;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Tests.Infrastructure;

namespace TheoDoi.Tests.Web;

/// <summary>Dates typed into pages are read day first, and a date that is not one is refused, not dropped (issue 11, item 9).</summary>
public sealed class DayFirstDateTests : IClassFixture<AppFixture>
{
    private readonly TestApp _app;

    public DayFirstDateTests(AppFixture fixture) => _app = fixture.App;

    private async Task<BrowserlessSession> CoordinatorAsync()
    {
        var username = "dates-" + Guid.NewGuid().ToString("N")[..6];
        var password = await _app.AddUserAsync(username, Roles.Coordinator);
        var session = new BrowserlessSession(_app);
        await session.SignInAsync(username, password);
        return session;
    }

    [Fact]
    public async Task A_deadline_typed_05_12_is_the_fifth_of_December()
    {
        using var session = await CoordinatorAsync();

        var response = await session.PostFormAsync("/reporting?handler=open", "/reporting", new Dictionary<string, string>
        {
            ["year"] = "2028",
            ["deadline"] = "05/12/2028",
            ["windowStart"] = "1/1/2028",
            ["windowEnd"] = "30/11/2028",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cycle = await _app.WithDbAsync(db => db.ReportingCycles.SingleAsync(c => c.Year == 2028));
        Assert.Equal(new DateOnly(2028, 12, 5), cycle.Deadline);
        Assert.Equal(new DateOnly(2028, 1, 1), cycle.WindowStart);
        Assert.Equal(new DateOnly(2028, 11, 30), cycle.WindowEnd);
    }

    [Fact]
    public async Task A_date_not_on_the_calendar_is_refused_with_the_reason_and_nothing_is_opened()
    {
        using var session = await CoordinatorAsync();

        var response = await session.PostFormAsync("/reporting?handler=open", "/reporting", new Dictionary<string, string>
        {
            ["year"] = "2029",
            ["deadline"] = "31/02/2029",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("31/02/2029 không có trên lịch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.ReportingCycles.AnyAsync(c => c.Year == 2029)));
    }

    [Fact]
    public async Task A_date_field_shows_its_date_day_first()
    {
        using var session = await CoordinatorAsync();

        var page = await (await session.GetAsync("/units?at=2025-03-01")).Content.ReadAsStringAsync();
        var typed = await (await session.GetAsync("/units?at=01/03/2025")).Content.ReadAsStringAsync();

        Assert.Contains("value=\"01/03/2025\"", page, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"ngày/tháng/năm\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"01/03/2025\"", typed, StringComparison.Ordinal);
    }
}
