using TheoDoi.Reporting;

namespace TheoDoi.Tests.Reporting;

/// <summary>The report state machine: every transition, allowed or refused with a reason.</summary>
public sealed class ReportRulesTests
{
    private static readonly HashSet<(ReportState, ReportState)> s_allowed =
    [
        (ReportState.Draft, ReportState.Submitted),
        (ReportState.Returned, ReportState.Resubmitted),
        (ReportState.Submitted, ReportState.Returned),
        (ReportState.Resubmitted, ReportState.Returned),
        (ReportState.Submitted, ReportState.Accepted),
        (ReportState.Resubmitted, ReportState.Accepted),
    ];

    public static TheoryData<ReportState, ReportState> EveryPair()
    {
        var data = new TheoryData<ReportState, ReportState>();
        foreach (var from in Enum.GetValues<ReportState>())
        {
            foreach (var to in Enum.GetValues<ReportState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    private static UnitReport Report(ReportState state, CycleState cycle = CycleState.Open, DateTime? lateEntryUntil = null) => new()
    {
        State = state,
        Cycle = new ReportingCycle { Year = 2025, State = cycle, OpenedBy = "vkhtc" },
        LateEntryUntil = lateEntryUntil,
        AcceptedAt = new DateTime(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc),
        AcceptedBy = "vkhtc",
        LastSubmittedAt = new DateTime(2025, 12, 8, 8, 0, 0, DateTimeKind.Utc),
    };

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_workflows_transitions_are_allowed_and_a_refusal_says_why(ReportState from, ReportState to)
    {
        var why = ReportRules.WhyNot(Report(from), to, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        if (s_allowed.Contains((from, to)))
        {
            Assert.Null(why);
        }
        else
        {
            Assert.NotNull(why);
            Assert.Contains("Không thể chuyển", why.Vi, StringComparison.Ordinal);
            Assert.Contains("cannot go", why.En, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReportState.Draft, null)]
    [InlineData(ReportState.Returned, null)]
    [InlineData(ReportState.Submitted, "đang chờ Vụ Kế hoạch - Tài chính xem xét")]
    [InlineData(ReportState.Resubmitted, "đang chờ Vụ Kế hoạch - Tài chính xem xét")]
    [InlineData(ReportState.Accepted, "đã được chấp nhận ngày 20/12/2025 09:00")]
    public void A_locked_report_says_why(ReportState state, string? reason)
    {
        var why = ReportRules.WhyLocked(Report(state), new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        if (reason is null)
        {
            Assert.Null(why);
        }
        else
        {
            Assert.NotNull(why);
            Assert.Contains(reason, why.Vi, StringComparison.Ordinal);
            Assert.DoesNotContain("báo cáo", why.En, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_closed_cycle_locks_drafts_unless_a_late_entry_exception_is_running()
    {
        var now = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);

        Assert.Contains("đã đóng", ReportRules.WhyLocked(Report(ReportState.Draft, CycleState.Closed), now)?.Vi, StringComparison.Ordinal);
        Assert.Null(ReportRules.WhyLocked(Report(ReportState.Draft, CycleState.Closed, now.AddDays(1)), now));
        Assert.NotNull(ReportRules.WhyLocked(Report(ReportState.Draft, CycleState.Closed, now.AddDays(-1)), now));
        Assert.NotNull(ReportRules.WhyNot(Report(ReportState.Draft, CycleState.Closed), ReportState.Submitted, now));
    }
}
