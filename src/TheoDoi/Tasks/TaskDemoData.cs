using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

/// <summary>
/// Demo progress for the plan's tasks (with --demo), so lists, roll-ups and the timeline have
/// something to show. Every comment says "minh họa"; the installation is labelled demo on every page.
/// Loaded once: it does nothing when demo updates exist already.
/// </summary>
public static class TaskDemoData
{
    public const string Actor = "demo-data";

    private static readonly (string Code, WorkStatus Status, int Progress, ProjectStage? Stage, string Comment)[] s_progress =
    [
        ("1.1", WorkStatus.Done, 100, null, "Đã tổ chức hội nghị quán triệt Nghị quyết 24-NQ/TW trong toàn Bộ (minh họa)."),
        ("2.1", WorkStatus.InProgress, 60, null, "Đã trình phê duyệt 4/7 quy hoạch ngành quốc gia (minh họa)."),
        ("2.2", WorkStatus.InProgress, 30, null, "Đang xây dựng đề xuất thí điểm phân cấp (minh họa)."),
        ("2.3", WorkStatus.NotStarted, 0, null, "Chưa triển khai (minh họa)."),
        ("2.4", WorkStatus.InProgress, 45, null, "Đã tổ chức 3 hội thảo chuyển giao công nghệ (minh họa)."),
        ("3.1", WorkStatus.InProgress, 50, null, "Đang triển khai theo kế hoạch năm (minh họa)."),
        ("3.2", WorkStatus.InProgress, 40, null, "Đã khảo sát 5 khu di sản thiên nhiên (minh họa)."),
        ("3.3", WorkStatus.InProgress, 20, null, "Chậm do chờ bố trí kinh phí (minh họa)."),
        // 3.4 and 3.5 are followed through their sub-tasks (issue 9), so their demo progress is the sub-tasks'.
        ("3.4.1", WorkStatus.InProgress, 35, null, "Đã thanh tra 42 cơ sở (minh họa)."),
        ("3.4.2", WorkStatus.InProgress, 40, null, "Đang phối hợp xây dựng Đề án bảo vệ môi trường lưu vực (minh họa)."),
        ("3.5.3", WorkStatus.InProgress, 30, null, "Đã rà soát vùng hạn chế khai thác nước dưới đất (minh họa)."),
        ("3.5.5", WorkStatus.Paused, 25, null, "Tạm dừng chờ hướng dẫn về cơ chế tài chính ngành nước (minh họa)."),
        ("3.5.7", WorkStatus.InProgress, 20, null, "Đang xây dựng cơ sở dữ liệu an ninh tài nguyên nước (minh họa)."),
        ("3.6", WorkStatus.InProgress, 30, null, "Đang triển khai (minh họa)."),
        ("4.1", WorkStatus.InProgress, 60, null, "Đang triển khai (minh họa)."),
        ("4.2", WorkStatus.InProgress, 55, null, "Đã hoàn thành sắp xếp tổ chức bộ máy năm 2025 (minh họa)."),
        ("4.3", WorkStatus.InProgress, 50, null, "Đang triển khai (minh họa)."),
        ("5.2", WorkStatus.InProgress, 70, null, "Đang triển khai (minh họa)."),
        ("6.1", WorkStatus.InProgress, 80, ProjectStage.Consultation, "Đang lấy ý kiến các bộ, ngành và địa phương (minh họa)."),
        ("6.2", WorkStatus.InProgress, 90, ProjectStage.SubmittedToPrimeMinister, "Đã trình Thủ tướng Chính phủ (minh họa)."),
    ];

    public static async Task LoadAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        if (await db.TaskUpdates.AnyAsync(u => u.Actor == Actor, cancellationToken))
        {
            return;
        }

        using var _ = AuditActor.As(Actor);
        var codes = s_progress.Select(p => p.Code).ToList();
        var items = await db.PlanItems.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var (code, status, progress, stage, comment) in s_progress.Where(p => items.ContainsKey(p.Code)))
        {
            var item = items[code];
            db.TaskUpdates.Add(new TaskUpdate
            {
                PlanItemId = item.Id,
                At = now,
                Actor = Actor,
                Part = AssignmentRole.Lead,
                StatusFrom = item.Status,
                StatusTo = status,
                ProgressFrom = item.Progress,
                ProgressTo = progress,
                Comment = comment,
            });
            item.Status = status;
            item.Progress = progress;
            item.ProjectStage = stage ?? item.ProjectStage;
            item.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
