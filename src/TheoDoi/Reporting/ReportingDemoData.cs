using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>
/// Demo history of the 2025 cycle (with --demo), played through the real use cases at the dates it
/// would have happened: opened 01/11/2025; Cục Môi trường submits on time, is returned with a reason
/// and resubmits; Vụ Kế hoạch - Tài chính submits five days late; both are accepted. The 2026 cycle is
/// left for the user to open. Every text says "minh họa".
/// </summary>
public static class ReportingDemoData
{
    private sealed class At(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
    }

    private static ClaimsPrincipal Person(string name, string role, string? unit = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (unit is not null)
        {
            claims.Add(new Claim(AccountServices.UnitClaim, unit));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "demo"));
    }

    private static DateTimeOffset Vn(int month, int day, int hour) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.ReportingCycles.AnyAsync(c => c.Year == 2025, cancellationToken))
        {
            return;
        }

        using var _ = AuditActor.As(TaskDemoData.Actor);
        var coordinator = Person("demo-coordinator", Roles.Coordinator);
        var environment = Person("demo-reporter", Roles.Reporter, "CMT");
        var planning = Person("demo-reporter-vkhtc", Roles.Reporter, "VKHTC");

        await new OpenCycle(db, new At(Vn(11, 1, 9))).RunAsync(new OpenCycle.Request(2025), coordinator, cancellationToken);
        await FillAsync(db, "CMT", environment, Vn(12, 5, 10),
            "Đã hoàn thiện hồ sơ Đề án bảo vệ môi trường lưu vực sông Đồng Nai – Sài Gòn và trình Thủ tướng Chính phủ (minh họa).",
            "Số liệu quan trắc tự động của một số trạm bị gián đoạn (minh họa).", "Đề nghị bố trí kinh phí duy tu trạm quan trắc tự động (minh họa).",
            numerator: 36, denominator: 38, cancellationToken);
        await Step(db, "CMT", ReportState.Submitted, environment, Vn(12, 8, 15), null, cancellationToken);
        await Step(db, "CMT", ReportState.Returned, coordinator, Vn(12, 12, 9), "Đề nghị bổ sung số liệu khu công nghiệp có hệ thống xử lý nước thải đạt chuẩn (minh họa).", cancellationToken);
        await FillAsync(db, "CMT", environment, Vn(12, 15, 10), null, null, null, numerator: 37, denominator: 38, cancellationToken);
        await Step(db, "CMT", ReportState.Submitted, environment, Vn(12, 16, 16), null, cancellationToken);
        await FillAsync(db, "VKHTC", planning, Vn(12, 14, 10),
            "Đã theo dõi, đôn đốc và tổng hợp báo cáo của các đơn vị (minh họa).",
            "Một số đơn vị gửi báo cáo chậm (minh họa).", "Đề nghị các đơn vị cập nhật tiến độ trên TheoDoi hằng quý (minh họa).",
            numerator: null, denominator: null, cancellationToken);
        await Step(db, "VKHTC", ReportState.Submitted, planning, Vn(12, 15, 11), null, cancellationToken);
        await Step(db, "CMT", ReportState.Accepted, coordinator, Vn(12, 20, 9), null, cancellationToken);
        await Step(db, "VKHTC", ReportState.Accepted, coordinator, Vn(12, 20, 10), null, cancellationToken);
    }

    private static async Task FillAsync(
        AppDbContext db, string unit, ClaimsPrincipal user, DateTimeOffset at, string? results, string? difficulties, string? proposals,
        decimal? numerator, decimal? denominator, CancellationToken cancellationToken)
    {
        var editing = new ReportEditing(db, new At(at));
        var report = (await editing.LoadAsync(2025, unit, cancellationToken))!;
        var tasks = results is null ? null : report.Tasks.Select(t => new ReportEditing.TaskInput(t.PlanItemId, WorkStatus.InProgress, results, null, null)).ToList();
        var indicators = numerator is null ? null : report.Indicators.Take(1).Select(i => new ReportEditing.IndicatorInput(i.Indicator.Code, numerator, denominator, null, "số liệu minh họa")).ToList();
        await editing.SaveAsync(2025, unit, new ReportEditing.SaveRequest(null, results is null ? null : $"Báo cáo năm 2025 của đơn vị (minh họa).", difficulties, proposals, tasks, indicators), user, cancellationToken);
    }

    private static Task Step(AppDbContext db, string unit, ReportState to, ClaimsPrincipal user, DateTimeOffset at, string? reason, CancellationToken cancellationToken) =>
        new ReportEditing(db, new At(at)).TransitionAsync(2025, unit, to, new ReportEditing.TransitionRequest(reason), user, cancellationToken);
}
