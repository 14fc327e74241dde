using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Indicators;

public sealed class Edit(AppDbContext db) : PageModel
{
    public sealed record TargetForm(int? Year, string? Value, string? Source);

    public sealed record Form(
        string? Name, string? NameEn, string? MeasureUnit, IndicatorDirection Direction, string? Sdg, string? SdgNote, string? ResponsibleUnitCode,
        string? Numerator, string? NumeratorEn, string? Denominator, string? DenominatorEn, int? BaselineYear, string? BaselineValue, string? BaselineSource,
        List<TargetForm>? Targets, int? PlanTarget, string? MethodNote, string? MethodNoteEn, string? ResponsibleUnitNote, string? Source, string? Reason, int? Version);

    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public IndicatorDefinition Definition { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Form form, [FromServices] EditIndicator edit, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        decimal? Parse(string? text, string field)
        {
            var parsed = FormNumber.Parse(text);
            if (!parsed.Ok)
            {
                errors.Add($"{field}: {parsed.Error!.Pick()}");
            }

            return parsed.Value;
        }

        var targets = (form.Targets ?? []).Select((t, i) => (t, i)).Where(x => x.t.Year is > 0)
            .Select(x => new IndicatorDefinition.TargetDto(x.t.Year!.Value, Parse(x.t.Value, "Mục tiêu " + x.t.Year) ?? 0, form.PlanTarget == x.i, x.t.Source)).ToList();
        var definition = new IndicatorDefinition(form.Name ?? "", form.NameEn, form.MeasureUnit ?? "", form.Direction, IndicatorAggregation.RatioOfSums,
            form.Numerator, form.NumeratorEn, form.Denominator, form.DenominatorEn, form.BaselineYear, Parse(form.BaselineValue, "Giá trị gốc"), form.BaselineSource,
            targets, form.ResponsibleUnitCode, form.ResponsibleUnitNote, form.Sdg, form.SdgNote, form.Source, form.MethodNote, form.MethodNoteEn);
        if (errors.Count == 0)
        {
            var result = await edit.RunAsync(code, new EditIndicator.Request(definition, form.Reason, form.Version), User, cancellationToken);
            if (result.IsDone)
            {
                return Redirect($"/indicators/{code}/versions");
            }

            if (result.Outcome == Outcome.NotFound)
            {
                return NotFound();
            }

            errors.AddRange(result.Errors);
        }

        await LoadAsync(code, cancellationToken);
        Definition = definition;
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Targets).Include(i => i.ResponsibleUnit).WithCode(i => i.Code, code).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return false;
        }

        Code = code;
        Version = indicator.Version;
        Definition = IndicatorDefinition.Of(indicator, indicator.ResponsibleUnit?.Code);
        return true;
    }
}
