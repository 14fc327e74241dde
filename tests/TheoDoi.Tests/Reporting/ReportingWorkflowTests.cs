using TheoDoi.Accounts;
using TheoDoi.Core.Reporting;
using TheoDoi.Reporting;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>The annual cycle through the API: open, fill, submit, return, resubmit, accept, lock.</summary>
public sealed class ReportingWorkflowTests
{
    [Fact]
    public async Task Opening_a_cycle_creates_a_report_for_each_unit_holding_a_task_after_the_reorganisation()
    {
        await using var kit = await ReportingKit.StartAsync();

        var cycle = await kit.Coordinator.GetFromJsonAsync<ReportDtos.CycleDto>("/api/v1/reporting/cycles/2026", Json.Options);
        var rows = await kit.Coordinator.GetFromJsonAsync<List<ReportDtos.DashboardRow>>("/api/v1/reporting/cycles/2026/reports", Json.Options);
        var environment = await ReportAsync(await kit.ReporterAsync("CMT"), "CMT");

        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 10)), (cycle!.WindowStart, cycle.WindowEnd, cycle.Deadline));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 23, 59, 59, TimeSpan.FromHours(7)), cycle.DeadlineInstant.AddTicks(-(cycle.DeadlineInstant.Ticks % TimeSpan.TicksPerSecond)));
        // Units as they stand in 2026: Cục Môi trường (not the 2023 pollution-control department), VKHTC, the Party committee of the new ministry.
        Assert.Contains(rows!, r => r.UnitCode == "CMT");
        Assert.Contains(rows!, r => r.UnitCode == "VKHTC");
        Assert.Contains(rows!, r => r.UnitCode == "DUBNNMT");
        Assert.DoesNotContain(rows!, r => r.UnitCode is "CKSONMT" or "DUB");
        Assert.Contains(environment.Tasks, t => t.Code == "6.2");
        Assert.Equal(3, environment.Indicators.Count); // the indicators of the pollution-control department passed to it
        Assert.Equal(HttpStatusCode.Conflict, (await kit.Coordinator.PostAsJsonAsync("/api/v1/reporting/cycles", new { year = 2026 })).StatusCode);
    }

    [Fact]
    public async Task A_report_goes_through_submit_return_resubmit_and_accept_and_is_then_locked_with_the_reason()
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");
        var report = await ReportAsync(reporter, "CMT");
        var task = report.Tasks.Single(t => t.Code == "6.2");

        var saved = await SaveAsync(reporter, "CMT", new
        {
            version = report.Version,
            narrative = "Năm 2026 đơn vị đã triển khai đầy đủ.",
            tasks = new[] { new { planItemId = task.PlanItemId, status = "in-progress", results = "Đã trình đề án", difficulties = (string?)null, proposals = (string?)null } },
            indicators = new[] { new { code = "KCN-XLNT", numerator = 37m, denominator = 38m, value = (decimal?)null, note = "Sở NN&MT" } },
        });
        var submitted = await PostAsync(reporter, "CMT", "submit");
        var noReason = await PostAsync(kit.Coordinator, "CMT", "return", new { reason = " " });
        var returned = await PostAsync(kit.Coordinator, "CMT", "return", new { reason = "Bổ sung số liệu KCN" });
        var afterReturn = await ReportAsync(reporter, "CMT");
        var resubmitted = await PostAsync(reporter, "CMT", "submit");
        var accepted = await PostAsync(kit.Coordinator, "CMT", "accept");
        var editAfter = await SaveAsync(reporter, "CMT", new { narrative = "sửa sau khi chấp nhận" });
        var final = await ReportAsync(reporter, "CMT");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);
        Assert.Equal((ReportState.Returned, "Bổ sung số liệu KCN"), (afterReturn.State, afterReturn.ReturnReason!));
        Assert.Null(afterReturn.LockedReason);
        Assert.Equal(HttpStatusCode.NoContent, resubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, editAfter.StatusCode);
        Assert.Contains("đã được chấp nhận ngày 02/11/2026", await editAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReportState.Accepted, final.State);
        Assert.Equal(97.37m, final.Indicators.Single(i => i.Code == "KCN-XLNT").Value);
        Assert.Equal(["opened", "submitted", "returned", "resubmitted", "accepted"], final.History.Select(h => h.Action));
        Assert.Equal("Bổ sung số liệu KCN", final.History.Single(h => h.Action == "returned").Comment);
    }

    public static TheoryData<string, string, string> InvalidActions => new()
    {
        // report state reached first, action, the reason's words
        { "draft", "accept", "Không thể chuyển" },
        { "draft", "return", "Không thể chuyển" },
        { "submitted", "submit", "Không thể chuyển" },
    };

    [Theory]
    [MemberData(nameof(InvalidActions))]
    public async Task Invalid_transitions_are_refused_with_a_message(string state, string action, string reason)
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");
        if (state == "submitted")
        {
            await PostAsync(reporter, "CMT", "submit");
        }

        var response = await PostAsync(action == "submit" ? reporter : kit.Coordinator, "CMT", action, new { reason = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_with_the_same_version_never_silently_overwrite_each_other()
    {
        await using var kit = await ReportingKit.StartAsync();
        var first = await kit.ReporterAsync("CMT");
        var second = await kit.ReporterAsync("CMT");
        var version = (await ReportAsync(first, "CMT")).Version;

        var a = await SaveAsync(first, "CMT", new { version, narrative = "Bản của người thứ nhất" });
        var b = await SaveAsync(second, "CMT", new { version, narrative = "Bản của người thứ hai" });

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, b.StatusCode);
        Assert.Equal("Bản của người thứ nhất", (await ReportAsync(first, "CMT")).Narrative);
    }

    [Theory]
    [InlineData(37, 38, null, HttpStatusCode.OK)]
    [InlineData(39, 38, "lớn hơn mẫu số", HttpStatusCode.BadRequest)]
    [InlineData(-1, 38, "không âm", HttpStatusCode.BadRequest)]
    public async Task Indicator_values_are_checked(int numerator, int denominator, string? reason, HttpStatusCode expected)
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");

        var response = await SaveAsync(reporter, "CMT", new { indicators = new[] { new { code = "KCN-XLNT", numerator = (decimal)numerator, denominator = (decimal)denominator } } });

        Assert.Equal(expected, response.StatusCode);
        if (reason is not null)
        {
            Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2026-12-10T23:59:59+07:00", TimelinessStatus.OnTime, 0)]
    [InlineData("2026-12-11T00:00:00+07:00", TimelinessStatus.Late, 1)]
    [InlineData("2026-12-10T23:30:00+01:00", TimelinessStatus.Late, 1)]   // 23:30 on 10/12 in Paris is 05:30 on 11/12 in Hà Nội
    [InlineData("2026-12-10T17:30:00+01:00", TimelinessStatus.OnTime, 0)] // 17:30 in Paris is 23:30 in Hà Nội
    [InlineData("2026-12-10T11:00:00-05:00", TimelinessStatus.OnTime, 0)] // 11:00 in New York is 23:00 on 10/12 in Hà Nội
    [InlineData("2026-12-15T09:00:00+07:00", TimelinessStatus.Late, 5)]
    public async Task Timeliness_is_measured_against_the_deadline_day_in_Vietnam(string submittedAt, TimelinessStatus status, int daysLate)
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.AtAsync(DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture), Roles.Reporter, "CMT");

        await PostAsync(reporter, "CMT", "submit");

        var row = (await (await kit.App.ClientAsAsync(Roles.Leader)).GetFromJsonAsync<List<ReportDtos.DashboardRow>>("/api/v1/reporting/cycles/2026/reports", Json.Options))!.Single(r => r.UnitCode == "CMT");
        Assert.Equal((status, daysLate), (row.Timeliness.Status, row.Timeliness.DaysLate));
    }

    [Fact]
    public async Task A_closed_cycle_needs_a_time_limited_late_entry_exception_which_is_audited()
    {
        await using var kit = await ReportingKit.StartAsync();
        await kit.Coordinator.PostAsync("/api/v1/reporting/cycles/2026/close", null);
        var reporter = await kit.ReporterAsync("CMT");

        var refused = await SaveAsync(reporter, "CMT", new { narrative = "muộn" });
        var granted = await PostAsync(kit.Coordinator, "CMT", "late-entry", new { until = "2026-11-05T17:00:00+07:00", reason = "Đơn vị mới sáp nhập" });
        var allowed = await SaveAsync(reporter, "CMT", new { narrative = "muộn nhưng được phép" });
        var later = await kit.AtAsync(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(7)), Roles.Reporter, "CMT");
        var expired = await SaveAsync(later, "CMT", new { narrative = "hết hạn" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đã đóng", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.True(await kit.App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "UnitReport" && a.Changes.Contains("LateEntryUntil"))));
    }
}
