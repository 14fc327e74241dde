using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// A coordinator changes an indicator's definition. The whole new definition is kept as a new version
/// next to the previous ones, with the reason, so anyone can read what the indicator meant when.
/// </summary>
public sealed class EditIndicator(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(IndicatorDefinition? Definition, string? Reason, int? Version);

    /// <returns>Done with the definition's new version.</returns>
    public async Task<UseCaseResult<int>> RunAsync(string code, Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!(user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin)))
        {
            return UseCaseResult.Forbidden("Chỉ Vụ Kế hoạch - Tài chính mới sửa định nghĩa chỉ tiêu.", "Only the coordinator edits definitions.");
        }

        var indicator = await db.Indicators.Include(i => i.Targets).Include(i => i.ResponsibleUnit).WithCode(i => i.Code, code).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return UseCaseResult.NotFound($"Không có chỉ tiêu {code}.", $"No indicator {code}.");
        }

        if (request.Version is { } expected && expected != indicator.Version)
        {
            return UseCaseResult.Invalid($"Định nghĩa đã được người khác sửa (phiên bản {indicator.Version}); hãy tải lại trang.", $"The definition was changed by someone else since you opened it (version {indicator.Version}); reload the page.");
        }

        var today = VietnamTime.Today(clock);
        var definition = request.Definition;
        var errors = new List<Bilingual>();
        Unit? responsible = null;
        if (definition is null)
        {
            errors.Add(new("Thiếu định nghĩa.", "The definition is missing."));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(definition.Name))
            {
                errors.Add(new("Thiếu tên chỉ tiêu.", "The indicator name is missing."));
            }

            if (string.IsNullOrWhiteSpace(definition.MeasureUnit) || definition.MeasureUnit.Length > 32)
            {
                errors.Add(new("Đơn vị tính phải có, tối đa 32 ký tự.", "The unit of measure is required, at most 32 characters."));
            }

            var targets = definition.Targets ?? [];
            if (targets.Count(t => t.IsPlanTarget) != 1)
            {
                errors.Add(new("Cần đúng một mục tiêu của Kế hoạch.", "Give exactly one plan target."));
            }

            if (targets.GroupBy(t => t.Year).Any(g => g.Count() > 1))
            {
                errors.Add(new("Mỗi năm chỉ có một mục tiêu.", "One target per year."));
            }

            if (definition.MeasureUnit == "%" && (targets.Any(t => t.Value is < 0 or > 100) || definition.BaselineValue is < 0 or > 100))
            {
                errors.Add(new("Tỷ lệ phải từ 0 đến 100.", "Shares must be within 0–100."));
            }

            if (definition.BaselineYear is { } by && targets.FirstOrDefault(t => t.IsPlanTarget) is { } plan && plan.Year <= by)
            {
                errors.Add(new("Năm mục tiêu phải sau năm gốc.", "The target year must come after the baseline year."));
            }

            if (definition.ResponsibleUnitCode is { Length: > 0 } unitCode)
            {
                var periods = await db.Units.Where(u => u.Code == unitCode).ToListAsync(cancellationToken);
                responsible = periods.FirstOrDefault(u => indicator.ResponsibleUnitId == u.Id)
                    ?? periods.FirstOrDefault(u => IndicatorGeography.IsValid(u, today)) ?? periods.FirstOrDefault();
                if (responsible is null)
                {
                    errors.Add(new($"Không có đơn vị mã {unitCode}.", $"No unit with code {unitCode}."));
                }
            }

            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                errors.Add(new("Cần ghi lý do thay đổi.", "Give the reason for the change."));
            }
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        var d = definition!;
        var newTargets = d.Targets ?? [];
        indicator.Name = d.Name.Trim();
        indicator.NameEn = Clean(d.NameEn);
        indicator.MeasureUnit = d.MeasureUnit.Trim();
        indicator.Direction = d.Direction;
        indicator.Aggregation = d.Aggregation;
        indicator.Numerator = Clean(d.Numerator);
        indicator.NumeratorEn = Clean(d.NumeratorEn);
        indicator.Denominator = Clean(d.Denominator);
        indicator.DenominatorEn = Clean(d.DenominatorEn);
        indicator.BaselineYear = d.BaselineYear;
        indicator.BaselineValue = d.BaselineValue;
        indicator.BaselineSource = Clean(d.BaselineSource);
        indicator.ResponsibleUnit = responsible;
        indicator.ResponsibleUnitId = responsible?.Id;
        indicator.ResponsibleUnitNote = Clean(d.ResponsibleUnitNote);
        indicator.Sdg = Clean(d.Sdg);
        indicator.SdgNote = Clean(d.SdgNote);
        indicator.Source = Clean(d.Source);
        indicator.MethodNote = Clean(d.MethodNote);
        indicator.MethodNoteEn = Clean(d.MethodNoteEn);
        foreach (var gone in indicator.Targets.Where(t => newTargets.All(n => n.Year != t.Year)).ToList())
        {
            indicator.Targets.Remove(gone);
            db.IndicatorTargets.Remove(gone);
        }

        foreach (var target in newTargets)
        {
            var row = indicator.Targets.FirstOrDefault(t => t.Year == target.Year);
            if (row is null)
            {
                row = new IndicatorTarget { Year = target.Year };
                indicator.Targets.Add(row);
            }

            row.Value = target.Value;
            row.IsPlanTarget = target.IsPlanTarget;
            row.Source = Clean(target.Source);
        }

        indicator.Version++;
        db.IndicatorDefinitionVersions.Add(new IndicatorDefinitionVersion
        {
            IndicatorId = indicator.Id,
            Version = indicator.Version,
            At = clock.GetUtcNow().UtcDateTime,
            Actor = user.Identity?.Name ?? "?",
            Reason = request.Reason!.Trim(),
            Snapshot = IndicatorDefinition.Of(indicator, responsible?.Code).ToJson(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(indicator.Version);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
