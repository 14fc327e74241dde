using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Reporting;
using TheoDoi.Core.Texts;
using TheoDoi.Shared;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>A unit's report: the form for its reporters (saved on every change), review for coordinators.</summary>
public sealed class Report(ReportEditing editing, TimeProvider clock) : PageModel
{
    public sealed class TaskField
    {
        public int PlanItemId { get; set; }
        public WorkStatus Status { get; set; }
        public string? Results { get; set; }
        public string? Difficulties { get; set; }
        public string? Proposals { get; set; }
    }

    public sealed class IndicatorField
    {
        public string Code { get; set; } = "";

        // Number inputs post invariant text ("37.5"); parsed here so the vi-VN page culture cannot misread them.
        public string? Numerator { get; set; }
        public string? Denominator { get; set; }
        public string? Value { get; set; }
        public string? Note { get; set; }
    }

    public sealed class ReportForm
    {
        public int? Version { get; set; }
        public string? Narrative { get; set; }
        public string? Difficulties { get; set; }
        public string? Proposals { get; set; }
        public List<TaskField> Tasks { get; set; } = [];
        public List<IndicatorField> Indicators { get; set; } = [];
    }

    public UnitReport Unit { get; private set; } = null!;
    public ReportAccess Access { get; private set; } = null!;
    public Bilingual? LockedReason { get; private set; }

    /// <summary>The confirm step before accepting (?confirm=accept): a form step, no script needed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }
    public TimelinessResult Timeliness { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, string unitCode, CancellationToken cancellationToken) =>
        await LoadAsync(year, unitCode, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(int year, string unitCode, ReportForm form, CancellationToken cancellationToken) =>
        await AfterAsync(year, unitCode, await SaveAsync(year, unitCode, form, cancellationToken), "Đã lưu báo cáo.", cancellationToken);

    /// <summary>Called by the page's script on every field change; answers JSON so typing is never lost.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int year, string unitCode, ReportForm form, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(year, unitCode, form, cancellationToken);
        var report = await editing.LoadAsync(year, unitCode, cancellationToken);
        var status = result.IsDone ? StatusCodes.Status200OK : UseCaseProblem.StatusFor(result.Outcome);
        return new JsonResult(new { version = report?.Version, savedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), errors = result.Errors }) { StatusCode = status };
    }

    /// <summary>Submit (or resubmit) with what is on the screen, in one use case (no save-then-submit race).</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int year, string unitCode, ReportForm form, CancellationToken cancellationToken)
    {
        var (request, errors) = ToRequest(form);
        var result = request is null
            ? UseCaseResult.Invalid([.. errors])
            : await editing.SubmitAsync(year, unitCode, request, null, User, cancellationToken);
        return await AfterAsync(year, unitCode, result, "Đã gửi báo cáo tới Vụ Kế hoạch - Tài chính.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(int year, string unitCode, string? reason, CancellationToken cancellationToken) =>
        await AfterAsync(year, unitCode, await editing.TransitionAsync(year, unitCode, ReportState.Returned, new ReportEditing.TransitionRequest(reason), User, cancellationToken), "Đã trả lại báo cáo cho đơn vị.", cancellationToken);

    /// <summary>Accepting locks the report and updates the tasks, so it asks first: a post without the confirmation shows the confirm step.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(int year, string unitCode, string? confirmed, CancellationToken cancellationToken) =>
        confirmed != "yes"
            ? Redirect($"/reporting/{year}/{unitCode}?confirm=accept")
            : await AfterAsync(year, unitCode, await editing.TransitionAsync(year, unitCode, ReportState.Accepted, new ReportEditing.TransitionRequest(), User, cancellationToken), "Đã chấp nhận báo cáo.", cancellationToken);

    public async Task<IActionResult> OnPostLateEntryAsync(int year, string unitCode, DateTime? until, string? reason, CancellationToken cancellationToken)
    {
        var request = new ReportEditing.LateEntryRequest(until is { } local ? new DateTimeOffset(local, TimeSpan.FromHours(7)) : DateTimeOffset.MinValue, reason);
        return await AfterAsync(year, unitCode, await editing.GrantLateEntryAsync(year, unitCode, request, User, cancellationToken), "Đã cho phép nhập muộn.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAttachAsync(int year, string unitCode, IFormFile? file, CancellationToken cancellationToken) =>
        await AfterAsync(year, unitCode, await editing.AttachAsync(year, unitCode, file, User, cancellationToken), "Đã đính kèm tệp.", cancellationToken);

    public async Task<IActionResult> OnGetAttachmentAsync(int year, string unitCode, int attachmentId, CancellationToken cancellationToken) =>
        new HttpResultAction(await ReportingEndpoints.DownloadAsync(year, unitCode, attachmentId, editing, User, cancellationToken));

    private async Task<UseCaseResult> SaveAsync(int year, string unitCode, ReportForm form, CancellationToken cancellationToken)
    {
        var (request, errors) = ToRequest(form);
        return request is null ? UseCaseResult.Invalid([.. errors]) : await editing.SaveAsync(year, unitCode, request, User, cancellationToken);
    }

    private static (ReportEditing.SaveRequest? Request, List<Bilingual> Errors) ToRequest(ReportForm form)
    {
        var errors = new List<Bilingual>();
        var indicators = form.Indicators.Select(i => new ReportEditing.IndicatorInput(
            i.Code, Number(i.Numerator, i.Code, errors), Number(i.Denominator, i.Code, errors), Number(i.Value, i.Code, errors), i.Note)).ToList();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ReportEditing.SaveRequest(
            form.Version, form.Narrative, form.Difficulties, form.Proposals,
            form.Tasks.Select(t => new ReportEditing.TaskInput(t.PlanItemId, t.Status, t.Results, t.Difficulties, t.Proposals)).ToList(),
            indicators), errors);
    }

    private static decimal? Number(string? text, string code, List<Bilingual> errors)
    {
        if (FormNumber.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(new($"Chỉ tiêu {code}: '{text}' không phải là số.", $"Indicator {code}: '{text}' is not a number."));
        return null;
    }

    private Task<IActionResult> AfterAsync(int year, string unitCode, UseCaseResult result, string message, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, () =>
        {
            Saved = message;
            return Redirect($"/reporting/{year}/{unitCode}");
        }, async () =>
        {
            Errors = result.Errors;
            return await LoadAsync(year, unitCode, cancellationToken) ?? Page();
        });

    /// <returns>Null when loaded and readable; otherwise the result to answer with.</returns>
    private async Task<IActionResult?> LoadAsync(int year, string unitCode, CancellationToken cancellationToken)
    {
        Access = ReportAccess.For(User, unitCode);
        if (!Access.CanRead)
        {
            return Forbid();
        }

        if (await editing.LoadAsync(year, unitCode, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Unit = report;
        LockedReason = ReportRules.WhyLocked(report, clock.GetUtcNow().UtcDateTime);
        Timeliness = Core.Reporting.Timeliness.Assess(report.Cycle.Deadline, report.SubmittedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, clock);
        return null;
    }
}
