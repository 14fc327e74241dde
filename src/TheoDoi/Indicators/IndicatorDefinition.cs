using System.Text.Json;
using System.Text.Json.Serialization;

namespace TheoDoi.Indicators;

/// <summary>
/// An indicator's whole definition as people edit and read it: the body of the edit form and the
/// API, and the snapshot kept for each version.
/// </summary>
public sealed record IndicatorDefinition(
    string Name, string? NameEn, string MeasureUnit, IndicatorDirection Direction, IndicatorAggregation Aggregation,
    string? Numerator, string? NumeratorEn, string? Denominator, string? DenominatorEn,
    int? BaselineYear, decimal? BaselineValue, string? BaselineSource,
    IReadOnlyList<IndicatorDefinition.TargetDto> Targets,
    string? ResponsibleUnitCode, string? ResponsibleUnitNote, string? Sdg, string? SdgNote,
    string? Source, string? MethodNote, string? MethodNoteEn)
{
    public sealed record TargetDto(int Year, decimal Value, bool IsPlanTarget, string? Source);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IndicatorDefinition Of(Indicator indicator, string? responsibleUnitCode)
    {
        return new(
            indicator.Name, indicator.NameEn, indicator.MeasureUnit, indicator.Direction, indicator.Aggregation,
            indicator.Numerator, indicator.NumeratorEn, indicator.Denominator, indicator.DenominatorEn,
            indicator.BaselineYear, indicator.BaselineValue, indicator.BaselineSource,
            indicator.Targets.OrderBy(t => t.Year).Select(t => new TargetDto(t.Year, t.Value, t.IsPlanTarget, t.Source)).ToList(),
            responsibleUnitCode, indicator.ResponsibleUnitNote, indicator.Sdg, indicator.SdgNote,
            indicator.Source, indicator.MethodNote, indicator.MethodNoteEn);
    }

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static IndicatorDefinition? FromJson(string json) => JsonSerializer.Deserialize<IndicatorDefinition>(json, s_json);

    /// <summary>The fields that differ from <paramref name="previous"/>, as "field: old → new" lines.</summary>
    public IReadOnlyList<(string Field, string? Old, string? New)> ChangesSince(IndicatorDefinition? previous)
    {
        if (previous is null)
        {
            return [];
        }

        var changes = new List<(string, string?, string?)>();
        void Compare(string field, object? old, object? now)
        {
            var (o, n) = (Text(old), Text(now));
            if (o != n)
            {
                changes.Add((field, o, n));
            }
        }

        Compare("Tên", previous.Name, Name);
        Compare("Tên (tiếng Anh)", previous.NameEn, NameEn);
        Compare("Đơn vị tính", previous.MeasureUnit, MeasureUnit);
        Compare("Chiều tốt", previous.Direction, Direction);
        Compare("Tử số", previous.Numerator, Numerator);
        Compare("Tử số (tiếng Anh)", previous.NumeratorEn, NumeratorEn);
        Compare("Mẫu số", previous.Denominator, Denominator);
        Compare("Mẫu số (tiếng Anh)", previous.DenominatorEn, DenominatorEn);
        Compare("Năm gốc", previous.BaselineYear, BaselineYear);
        Compare("Giá trị gốc", previous.BaselineValue, BaselineValue);
        Compare("Nguồn giá trị gốc", previous.BaselineSource, BaselineSource);
        Compare("Chỉ tiêu theo năm", TargetText(previous.Targets), TargetText(Targets));
        Compare("Đơn vị chịu trách nhiệm", previous.ResponsibleUnitCode, ResponsibleUnitCode);
        Compare("Ghi chú đơn vị chịu trách nhiệm", previous.ResponsibleUnitNote, ResponsibleUnitNote);
        Compare("SDG", previous.Sdg, Sdg);
        Compare("Ghi chú SDG", previous.SdgNote, SdgNote);
        Compare("Nguồn", previous.Source, Source);
        Compare("Phương pháp", previous.MethodNote, MethodNote);
        Compare("Phương pháp (tiếng Anh)", previous.MethodNoteEn, MethodNoteEn);
        return changes;
    }

    private static string TargetText(IReadOnlyList<TargetDto> targets) =>
        string.Join("; ", targets.OrderBy(t => t.Year).Select(t => $"{t.Year}: {t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(t.IsPlanTarget ? "*" : "")}"));

    private static string? Text(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s when s.Length == 0 => null,
        _ => value.ToString(),
    };
}
