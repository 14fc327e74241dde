using MiniExcelLibs;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>The task pages without JavaScript: list, export, detail form, timeline, projects.</summary>
public sealed class TaskPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private async Task<BrowserlessSession> SessionAsync(string role, string? unit = null)
    {
        var username = role + "-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, role, unit);
        var session = new BrowserlessSession(App);
        await session.SignInAsync(username, password);
        return session;
    }

    [Fact]
    public async Task The_export_is_an_xlsx_of_the_filtered_list()
    {
        using var session = await SessionAsync(Roles.Leader);

        var response = await session.GetAsync("/tasks?handler=export&overdue=true");
        var rows = (await response.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["6.1", "6.2"], rows.Select(r => r["Mã"].ToString()).Order());
        Assert.All(rows, r => Assert.Equal("Có", r["Quá hạn"]));
        Assert.Contains("quá hạn", rows[0]["Giải thích"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_unit_updates_progress_through_the_form()
    {
        using var session = await SessionAsync(Roles.Reporter, "CMT");
        var id = await IdOfAsync(App, "6.2");
        var version = (await DetailAsync(await App.ClientAsAsync(Roles.Leader), id)).Task.Version;

        var response = await session.PostFormAsync($"/tasks/{id}?handler=update", $"/tasks/{id}", new Dictionary<string, string>
        {
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = "InProgress",
            ["progress"] = "77",
            ["comment"] = "Cập nhật qua biểu mẫu",
        });
        var page = await (await session.GetAsync($"/tasks/{id}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Cập nhật qua biểu mẫu", page, StringComparison.Ordinal);
        Assert.Contains("77%", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_sees_no_update_form_on_another_units_task_and_a_forged_post_is_refused()
    {
        using var session = await SessionAsync(Roles.Reporter, "79");
        var id = await IdOfAsync(App, "6.1");

        var page = await (await session.GetAsync($"/tasks/{id}")).Content.ReadAsStringAsync();
        var forged = await session.PostFormAsync($"/tasks/{id}?handler=update", $"/tasks/{id}", new Dictionary<string, string> { ["progress"] = "5" });

        Assert.DoesNotContain("handler=update", page, StringComparison.Ordinal);
        Assert.StartsWith("/account/denied", forged.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(5, (await DetailAsync(await App.ClientAsAsync(Roles.Leader), id)).Task.Progress);
    }

    [Theory]
    [InlineData("/tasks", "Theo dõi nhiệm vụ")]
    [InlineData("/tasks/timeline", "Tiến trình thực hiện")]
    [InlineData("/projects", "Đề án giao năm 2023")]
    public async Task Task_pages_render_in_Vietnamese(string url, string heading)
    {
        using var session = await SessionAsync(Roles.Leader);

        var response = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
