using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// Saves a batch of values of one indicator — from the entry page, the API or an XLSX file — all or
/// nothing: every problem is reported with the item and field it concerns, and nothing is written
/// while any remains. A value far from the unit's other years is saved with a flag for review.
/// </summary>
public sealed class SaveValues(AppDbContext db, TimeProvider clock, ILogger<SaveValues> logger)
{
    /// <param name="Unit">A province code ("79", "74"…; the unit valid on 31/12 of the year) or "national".</param>
    /// <param name="State">draft (default) or submitted; coordinators may also save approved values.</param>
    public sealed record Item(
        string? Unit, int? Year, decimal? Value = null, decimal? Numerator = null, decimal? Denominator = null,
        string? Source = null, string? Comment = null, ValueState? State = null);

    /// <param name="ReopenApproved">The coordinator's explicit choice to replace approved values (they go back to draft); without it an approved value whose content changes is refused.</param>
    public sealed record Request(IReadOnlyList<Item>? Items, bool ReopenApproved = false);

    public sealed record SavedValue(string Unit, int Year, decimal Value, ValueState State, string? QualityFlag);

    /// <param name="Unchanged">Items whose content equals what is stored: not written, so state, reviewer and demo flag stay.</param>
    public sealed record Saved(IReadOnlyList<SavedValue> Values, int Unchanged);

    public const int MaxItems = 2000;

    public Task<UseCaseResult<Saved>> RunAsync(string code, Request request, ClaimsPrincipal user, ValueOrigin origin, CancellationToken cancellationToken = default) =>
        ConcurrentSave.RunAsync(db, () => RunOnceAsync(code, request, user, origin, cancellationToken), () => (UseCaseResult<Saved>)Refused(Outcome.Invalid,
            new(-1, "items", "Số liệu vừa được người khác lưu cùng lúc; hãy tải lại trang và lưu lại.", "The values were saved by someone else at the same moment; reload and save again.")), cancellationToken);

    private async Task<UseCaseResult<Saved>> RunOnceAsync(string code, Request request, ClaimsPrincipal user, ValueOrigin origin, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.WithCode(i => i.Code, code).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return Refused(Outcome.NotFound, new(-1, "code", $"Không có chỉ tiêu {code}.", $"No indicator {code}."));
        }

        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var geography = new IndicatorGeography(directory, today);
        var access = IndicatorAccess.For(user, directory, today);
        if (!access.CanWrite)
        {
            return Refused(Outcome.Forbidden, new(-1, "", "Bạn không được nhập số liệu chỉ tiêu.", "You may not enter indicator values."));
        }

        var items = request.Items ?? [];
        if (items.Count == 0 || items.Count > MaxItems)
        {
            return Refused(Outcome.Invalid, new(-1, "items", $"Cần từ 1 đến {MaxItems} dòng số liệu.", $"Send 1 to {MaxItems} items."));
        }

        var existing = await db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        var problems = new List<ItemProblem>();
        var forbidden = false;
        var planned = new List<(int Index, Item Item, Unit? Unit, decimal Value)>();
        var seen = new Dictionary<(string, int), int>();
        var unchanged = 0;
        var percent = indicator.MeasureUnit == "%";
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var before = problems.Count;
            void Add(string field, string vi, string en) => problems.Add(new(index, field, vi, en));

            if (item.Year is not { } year)
            {
                Add("year", "Thiếu năm.", "The year is missing.");
                continue;
            }

            if (year < 2000 || year > today.Year)
            {
                Add("year", $"Năm {year} không hợp lệ (từ 2000 đến {today.Year}).", $"Year {year} is out of range (2000–{today.Year}).");
                continue;
            }

            var unitCode = item.Unit?.Trim();
            Unit? unit = null;
            if (string.IsNullOrEmpty(unitCode))
            {
                Add("unit", "Thiếu mã đơn vị.", "The unit code is missing.");
                continue;
            }

            if (!unitCode.Equals(IndicatorTable.NationalKey, StringComparison.OrdinalIgnoreCase))
            {
                unit = geography.PeriodFor(unitCode, year);
                if (unit is null)
                {
                    Add("unit", $"Không có tỉnh, thành phố mã {unitCode} vào ngày 31/12/{year}.", $"No province with code {unitCode} on 31/12/{year}.");
                    continue;
                }
            }

            if (!access.CanEnter(unit?.Id))
            {
                forbidden = true;
                Add("unit", $"Bạn chỉ được nhập số liệu của đơn vị mình; không được nhập cho {unit?.Name ?? "cả nước"}.",
                    $"You may enter values for your own unit only, not for {unit?.NameEn ?? unit?.Name ?? "the national series"}.");
                continue;
            }

            var key = (IndicatorValue.KeyFor(unit?.Id), year);
            if (seen.ContainsKey(key))
            {
                Add("unit", $"Trùng với một dòng trước: {unit?.Name ?? "cả nước"} năm {year} chỉ có một giá trị.", $"Duplicates an earlier item: one value per unit and year.");
                continue;
            }

            seen[key] = index;
            var current = existing.FirstOrDefault(v => v.SeriesKey == key.Item1 && v.Year == year);
            if (current is not null && SameContent(current, item) && (item.State is null or ValueState.Draft || item.State == current.State))
            {
                unchanged++;
                continue; // a re-upload of what is stored changes nothing: no demotion, no new version
            }

            if (current is { State: ValueState.Approved } && access.IsCoordinator && !request.ReopenApproved && item.State != ValueState.Approved)
            {
                Add("state", $"Giá trị {unit?.Name ?? "cả nước"} năm {year} đã được duyệt; muốn thay bằng giá trị mới (trở về nháp) thì chọn \"Mở lại giá trị đã duyệt\".",
                    $"The {year} value of {unit?.NameEn ?? unit?.Name ?? "the national series"} is approved; to replace it (back to draft) choose \"reopen approved values\" (reopenApproved).");
                continue;
            }

            if (current is { State: ValueState.Approved } && !access.IsCoordinator)
            {
                forbidden = true;
                Add("state", $"Giá trị {unit?.Name} năm {year} đã được duyệt; chỉ Vụ Kế hoạch - Tài chính mới sửa được.",
                    $"The {year} value of {unit?.NameEn ?? unit?.Name} is approved; only the coordinator may change it.");
                continue;
            }

            if (item.State == ValueState.Approved && !access.IsCoordinator)
            {
                forbidden = true;
                Add("state", "Chỉ Vụ Kế hoạch - Tài chính mới duyệt số liệu.", "Only the coordinator approves values.");
                continue;
            }

            if (item.State is { } state && !Enum.IsDefined(state))
            {
                Add("state", "Trạng thái không hợp lệ.", "Unknown state.");
            }

            if (item.Numerator is < 0)
            {
                Add("numerator", "Tử số không được âm.", "The numerator must not be negative.");
            }

            if (item.Denominator is { } d0 && d0 <= 0)
            {
                Add("denominator", "Mẫu số phải lớn hơn 0.", "The denominator must be greater than 0.");
            }

            if ((item.Numerator is null) != (item.Denominator is null))
            {
                Add(item.Numerator is null ? "numerator" : "denominator", "Cần nhập cả tử số và mẫu số, hoặc chỉ nhập giá trị.", "Give both numerator and denominator, or the value alone.");
            }

            if (percent && item.Numerator is { } n && item.Denominator is { } d && n > d)
            {
                Add("numerator", $"Tử số ({n}) lớn hơn mẫu số ({d}).", $"The numerator ({n}) is greater than the denominator ({d}).");
            }

            if (item.Value is null && (item.Numerator is null || item.Denominator is null))
            {
                Add("value", "Thiếu giá trị (hoặc tử số và mẫu số).", "The value (or numerator and denominator) is missing.");
            }

            if (percent && item.Value is { } v && v is < 0 or > 100)
            {
                Add("value", $"Tỷ lệ phải từ 0 đến 100 (nhận được {v}).", $"A share must be within 0–100 (got {v}).");
            }

            if (item.Source is { Length: > 1000 } || item.Comment is { Length: > 4000 })
            {
                Add(item.Source is { Length: > 1000 } ? "source" : "comment", "Nội dung quá dài.", "Text too long.");
            }

            if (problems.Count > before)
            {
                continue;
            }

            var computed = item.Numerator is { } num && item.Denominator is { } den ? Math.Round((percent ? 100m : 1m) * num / den, 4) : (decimal?)null;
            if (computed is { } c && item.Value is { } given && Math.Abs(c - given) > 0.05m)
            {
                Add("value", $"Giá trị {given} không khớp tử số ÷ mẫu số ({c:0.##}).", $"The value {given} does not match numerator ÷ denominator ({c:0.##}).");
                continue;
            }

            planned.Add((index, item, unit, item.Value ?? computed!.Value));
        }

        if (problems.Count > 0)
        {
            logger.LogWarning("Indicator {Code}: {Count} value(s) refused, nothing saved: {Problems}", code, problems.Count,
                string.Join("; ", problems.Select(p => $"item {p.Index + 1} {p.Field}: {p.En}")));
            return UseCaseResult.Refused(forbidden ? Outcome.Forbidden : Outcome.Invalid, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.Identity?.Name ?? "?";
        var saved = new List<SavedValue>();
        foreach (var (_, item, unit, value) in planned)
        {
            var key = IndicatorValue.KeyFor(unit?.Id);
            var row = existing.FirstOrDefault(v => v.SeriesKey == key && v.Year == item.Year);
            if (row is null)
            {
                row = new IndicatorValue { IndicatorId = indicator.Id, SeriesKey = key, Year = item.Year!.Value, EnteredBy = actor };
                db.IndicatorValues.Add(row);
                existing.Add(row);
            }

            if (row.State == ValueState.Approved && (item.State ?? ValueState.Draft) != ValueState.Approved)
            {
                // The audit trail records the change under the coordinator's name; the log says it was their choice.
                logger.LogInformation("Indicator {Code} {Unit} {Year}: approved value reopened by {Actor} (explicit choice)", code, unit?.Code ?? IndicatorTable.NationalKey, row.Year, actor);
            }

            row.Series = unit is null ? ValueSeries.National : ValueSeries.Unit;
            row.UnitId = unit?.Id;
            row.Value = value;
            row.Numerator = item.Numerator;
            row.Denominator = item.Denominator;
            row.Source = Clean(item.Source);
            row.Comment = Clean(item.Comment);
            row.State = item.State ?? ValueState.Draft;
            row.Origin = origin;
            row.IsDemo = false;
            row.EnteredBy = actor;
            row.EnteredAt = now;
            row.ReturnReason = null;
            (row.ReviewedBy, row.ReviewedAt) = row.State == ValueState.Approved ? (actor, now) : ((string?)null, (DateTime?)null);
            row.Version++;
            var others = existing.Where(v => v.SeriesKey == key && v.Year != row.Year).Select(v => (double)v.Value).ToList();
            row.QualityFlag = ValueQuality.OutlierFlag((double)value, others, indicator.MeasureUnit) is { } flag ? flag.Vi : null;
            saved.Add(new SavedValue(unit?.Code ?? IndicatorTable.NationalKey, row.Year, value, row.State, row.QualityFlag));
        }

        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(new Saved(saved, unchanged));
    }

    /// <summary>Whether the item says what the stored row says (value from the ratio when only numerator and denominator are given).</summary>
    private static bool SameContent(IndicatorValue row, Item item) =>
        row.Numerator == item.Numerator && row.Denominator == item.Denominator
        && (item.Value is null ? item.Numerator is not null : row.Value == item.Value)
        && Clean(item.Source) == row.Source && Clean(item.Comment) == row.Comment;

    /// <summary>Whether <paramref name="user"/> may enter indicator values at all: asked before an upload's body is read.</summary>
    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        return IndicatorAccess.For(user, directory, today).CanWrite;
    }

    private static UseCaseResult Refused(Outcome outcome, ItemProblem problem) => UseCaseResult.Refused(outcome, [problem]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
