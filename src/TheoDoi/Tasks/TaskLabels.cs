namespace TheoDoi.Tasks;

/// <summary>How task terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class TaskLabels
{
    public static string Status(WorkStatus status) => status switch
    {
        WorkStatus.NotStarted => "Chưa triển khai",
        WorkStatus.InProgress => "Đang triển khai",
        WorkStatus.Done => "Hoàn thành",
        WorkStatus.Paused => "Tạm dừng",
        _ => status.ToString(),
    };

    public static string Stage(ProjectStage stage) => stage switch
    {
        ProjectStage.Drafting => "Đang xây dựng",
        ProjectStage.Consultation => "Lấy ý kiến",
        ProjectStage.SubmittedToPrimeMinister => "Đã trình Thủ tướng Chính phủ",
        ProjectStage.Approved => "Đã phê duyệt",
        ProjectStage.Returned => "Bị trả lại",
        _ => stage.ToString(),
    };

    public static string LinkKind(Plans.PlanItemLinkKind kind) => kind switch
    {
        Plans.PlanItemLinkKind.Project => "Đề án",
        Plans.PlanItemLinkKind.Indicator => "Chỉ tiêu",
        _ => "Trang",
    };

    public static string Role(AssignmentRole role) => role == AssignmentRole.Lead ? "Chủ trì" : "Phối hợp";

    public static string StatusClass(WorkStatus status) => status switch
    {
        WorkStatus.Done => "done",
        WorkStatus.InProgress => "progress",
        WorkStatus.Paused => "paused",
        _ => "notstarted",
    };
}
