using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>The JSON shapes of the task API.</summary>
public static class TaskDtos
{
    public sealed record UnitRef(string Code, string Name);

    public sealed record GroupRef(string Code, string Title);

    public sealed record TaskDto(
        int Id, string Code, PlanItemKind Kind, string Title, GroupRef? Group,
        UnitRef? LeadUnit, IReadOnlyList<UnitRef> CoordinatingUnits, AssigneeScope? LeadScope,
        DateOnly? StartDate, DateOnly? DueDate, string? Recurrence, WorkStatus Status, int Progress, decimal Weight,
        decimal? ExpectedProgress, bool Overdue, int DaysOverdue, bool BehindPace, string Explanation, string ExplanationEn,
        ProjectStage? ProjectStage, string? DecisionNumber, DateOnly? DecisionDate, int Version);

    public sealed record AssignmentDto(UnitRef Unit, AssignmentRole Role, DateOnly ValidFrom, DateOnly? ValidTo, string? Origin, int? PartProgress, string? PartNote);

    public sealed record UpdateDto(DateTime At, string Actor, string? UnitCode, AssignmentRole? Part, WorkStatus? StatusFrom, WorkStatus? StatusTo, int? ProgressFrom, int? ProgressTo, string? Comment);

    public sealed record EvidenceDto(int Id, string FileName, string ContentType, long Size, string? Description, string? UnitCode, DateTime UploadedAt, string UploadedBy);

    /// <summary>What a task serves: a project (target = its code), an indicator (its code) or a page (its path).</summary>
    public sealed record ServesDto(PlanItemLinkKind Kind, string Target, string Title, string? TitleEn);

    /// <summary>A task serving a project or an indicator.</summary>
    public sealed record ServedByDto(int Id, string Code, string Title, string? TitleEn);

    public sealed record TaskDetailDto(
        TaskDto Task, string? Text, string? Deliverable, string? EvidenceText, bool CanEditTask, bool CanEditPart,
        IReadOnlyList<AssignmentDto> Assignments, IReadOnlyList<UpdateDto> History, IReadOnlyList<EvidenceDto>? Evidence,
        IReadOnlyList<ServesDto> Serves, IReadOnlyList<ServedByDto> ServedBy);

    public static ServesDto ToDto(PlanLinks.Served served) => new(served.Kind, served.Target, served.Title, served.TitleEn);

    public static ServedByDto ToDto(PlanLinks.ServedBy task) => new(task.Id, task.Code, task.Title, task.TitleEn);

    public static UnitRef Ref(Unit unit) => new(unit.Code, unit.Name);

    public static EvidenceDto ToDto(TaskEvidence e)
    {
        return new(e.Id, e.FileName, e.ContentType, e.Size, e.Description, e.UnitCode, e.UploadedAt, e.UploadedBy);
    }

    public static TaskDto ToDto(TaskRow row)
    {
        var item = row.Item;
        return new TaskDto(
            item.Id, item.Code, item.Kind, item.Title, row.Group is { } g ? new GroupRef(g.Code, g.Title) : null,
            row.LeadUnits.Select(Ref).FirstOrDefault(), row.CoordinatingUnits.Select(Ref).ToList(), item.LeadScope,
            item.StartDate, row.Flags.Due, item.Recurrence, item.Status, item.Progress, item.Weight,
            row.Flags.ExpectedProgress, row.Flags.Overdue, row.Flags.DaysOverdue, row.Flags.BehindPace, row.Explanation.Vi, row.Explanation.En,
            item.ProjectStage, item.DecisionNumber, item.DecisionDate, item.Version);
    }
}
