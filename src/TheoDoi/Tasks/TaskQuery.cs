namespace TheoDoi.Tasks;

/// <summary>The filters and sort of the task list, shared by the page, the API and the export.</summary>
public sealed record TaskQuery(
    string? Group = null, string? Unit = null, WorkStatus? Status = null, bool? Overdue = null,
    bool? BehindPace = null, int? DueWithin = null, string? Search = null, string? Sort = null)
{
    public IEnumerable<TaskRow> Apply(TaskBoard board)
    {
        IEnumerable<TaskRow> rows = board.Rows;
        if (!string.IsNullOrWhiteSpace(Group))
        {
            rows = rows.Where(r => r.Group?.Code == Group);
        }

        if (!string.IsNullOrWhiteSpace(Unit))
        {
            rows = rows.Where(r => r.HeldBy(Unit));
        }

        if (Status is { } status)
        {
            rows = rows.Where(r => r.Item.Status == status);
        }

        if (Overdue is { } overdue)
        {
            rows = rows.Where(r => r.Flags.Overdue == overdue);
        }

        if (BehindPace is { } behind)
        {
            rows = rows.Where(r => r.Flags.BehindPace == behind);
        }

        if (DueWithin is { } days)
        {
            var until = board.Today.AddDays(days);
            rows = rows.Where(r => !r.Flags.IsDone && r.Flags.Due is { } due && due >= board.Today && due <= until);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            rows = rows.Where(r => r.Item.Title.Contains(Search, StringComparison.CurrentCultureIgnoreCase)
                || (r.Item.Text?.Contains(Search, StringComparison.CurrentCultureIgnoreCase) ?? false));
        }

        return Sort switch
        {
            "due" => rows.OrderBy(r => r.Flags.Due ?? DateOnly.MaxValue).ThenBy(r => r.Item.Code, OutlineOrder.Instance),
            "progress" => rows.OrderBy(r => r.Item.Progress).ThenBy(r => r.Item.Code, OutlineOrder.Instance),
            "status" => rows.OrderBy(r => r.Item.Status).ThenBy(r => r.Item.Code, OutlineOrder.Instance),
            "overdue" => rows.OrderByDescending(r => r.Flags.DaysOverdue).ThenBy(r => r.Item.Code, OutlineOrder.Instance),
            _ => rows,
        };
    }
}
