using TheoDoi.Core.Texts;

namespace TheoDoi.Reporting;

/// <summary>What a unit types into its report: checked first, then applied as a whole (never half of it).</summary>
public static class ReportContent
{
    public const int MaxText = 20000;

    public static List<Bilingual> Validate(UnitReport report, ReportEditing.SaveRequest request)
    {
        var errors = new List<Bilingual>();
        var texts = new[] { request.Narrative, request.Difficulties, request.Proposals }
            .Concat((request.Tasks ?? []).SelectMany(t => new[] { t.Results, t.Difficulties, t.Proposals }));
        if (texts.Any(text => text is { Length: > MaxText }))
        {
            errors.Add(new("Một ô văn bản dài quá 20.000 ký tự.", "A text is longer than 20,000 characters."));
        }

        foreach (var input in request.Tasks ?? [])
        {
            if (report.Tasks.All(t => t.PlanItemId != input.PlanItemId))
            {
                errors.Add(new($"Nhiệm vụ {input.PlanItemId} không thuộc báo cáo này.", $"Task {input.PlanItemId} is not in this report."));
            }

            if (!Enum.IsDefined(input.Status))
            {
                errors.Add(new("Trạng thái nhiệm vụ không hợp lệ.", "Unknown task status."));
            }
        }

        foreach (var input in request.Indicators ?? [])
        {
            if (report.Indicators.All(i => i.Indicator.Code != input.Code))
            {
                errors.Add(new($"Chỉ tiêu {input.Code} không thuộc báo cáo này.", $"Indicator {input.Code} is not in this report."));
                continue;
            }

            if (input.Numerator < 0 || input.Denominator < 0 || input.Value is < 0 or > 100)
            {
                errors.Add(new(
                    $"Chỉ tiêu {input.Code}: số liệu phải không âm và tỷ lệ từ 0 đến 100%.",
                    $"Indicator {input.Code}: values must be non-negative and the rate between 0 and 100%."));
            }

            if (input.Numerator is { } n && input.Denominator is { } d && n > d)
            {
                errors.Add(new(
                    $"Chỉ tiêu {input.Code}: tử số ({n}) lớn hơn mẫu số ({d}).",
                    $"Indicator {input.Code}: the numerator ({n}) is greater than the denominator ({d})."));
            }
        }

        return errors;
    }

    /// <summary>Copies validated content onto the report (a field left out keeps its value).</summary>
    public static void Apply(UnitReport report, ReportEditing.SaveRequest request)
    {
        report.Narrative = request.Narrative ?? report.Narrative;
        report.Difficulties = request.Difficulties ?? report.Difficulties;
        report.Proposals = request.Proposals ?? report.Proposals;
        foreach (var input in request.Tasks ?? [])
        {
            var entry = report.Tasks.Single(t => t.PlanItemId == input.PlanItemId);
            (entry.Status, entry.Results, entry.Difficulties, entry.Proposals) = (input.Status, input.Results, input.Difficulties, input.Proposals);
        }

        foreach (var input in request.Indicators ?? [])
        {
            var entry = report.Indicators.Single(i => i.Indicator.Code == input.Code);
            entry.Numerator = input.Numerator;
            entry.Denominator = input.Denominator;
            entry.Value = input.Value ?? (input.Numerator is { } n && input.Denominator is { } d and > 0 ? Math.Round(100 * n / d, 2) : null);
            entry.Note = input.Note;
        }
    }
}
