using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// VN_WQI per Decision 1460/QĐ-TCMT and the product decisions of docs/reference/vn-wqi.md. Pure: one
/// sample in, one <see cref="WqiResult"/> out, never an exception for bad data (bad data becomes a
/// warning or a "not computable" reason). Used alike by the <c>wqi</c> command and the importer.
/// </summary>
public static class VnWqi
{
    /// <summary>The range of water temperature over which the DO saturation polynomial is meaningful.</summary>
    public const decimal MinTemperature = 0m, MaxTemperature = 50m;

    private const string Heptachlor = "heptachlor", HeptachlorEpoxide = "heptachlorepoxide", Do = "DO", Temperature = "temp";

    /// <summary>
    /// The VN_WQI of one sample. <paramref name="sample"/> holds the measurements of one monitoring
    /// point at one sampling time in canonical units; codes outside the index (TSS, Fe…) are ignored,
    /// unknown codes are ignored with a warning, and a code given twice makes the sample not computable.
    /// </summary>
    public static WqiResult Compute(IReadOnlyCollection<Measurement> sample, WqiOptions? options = null)
    {
        options ??= WqiOptions.Default;
        var warnings = new List<WqiWarning>();

        var byCode = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var measurement in sample)
        {
            if (WaterParameters.Find(measurement.Parameter) is not { } parameter)
            {
                warnings.Add(new(WqiWarningKind.UnknownParameter, measurement.Parameter, new($"thông số không xác định '{measurement.Parameter}', bỏ qua", $"unknown parameter '{measurement.Parameter}' ignored")));
                continue;
            }

            if (!byCode.TryAdd(parameter.Code, measurement with { Parameter = parameter.Code }))
            {
                duplicates.Add(parameter.Code);
            }
        }

        if (duplicates.Count > 0)
        {
            return new WqiResult
            {
                Warnings = warnings,
                NotComputableText = new($"{string.Join(", ", duplicates)} có hơn một giá trị trong mẫu", $"{string.Join(", ", duplicates)} given more than once in the sample"),
            };
        }

        foreach (var (code, measurement) in byCode.ToList())
        {
            if (WaterParameters.Get(code).CheckValue(measurement.Value) is { } problem)
            {
                warnings.Add(new(WqiWarningKind.InvalidValue, code, new($"{problem.Vi}; bỏ qua {Vi(measurement.ToString())}", $"{problem.En}; {measurement} ignored")));
                byCode.Remove(code);
            }
        }

        var scores = new List<WqiSubIndex>();
        var used = new List<string>();
        foreach (var parameter in WaterParameters.All.Where(p => p.IsWqiParameter))
        {
            switch (parameter.Code)
            {
                case HeptachlorEpoxide:
                    break; // scored with heptachlor
                case Heptachlor:
                    ScoreHeptachlor(byCode, scores, used);
                    break;
                case Do:
                    ScoreDo(byCode, scores, used, warnings);
                    break;
                default:
                    if (byCode.TryGetValue(parameter.Code, out var m))
                    {
                        var q = WqiTables.ByParameter[parameter.Code].Score(m.Value);
                        scores.Add(new(parameter.Code, parameter.Group!.Value, m.Value, m.Value, q, m.Qualifier));
                        used.Add(parameter.Code);
                    }

                    break;
            }
        }

        foreach (var m in byCode.Values.Where(m => m.Qualifier != Qualifier.None && used.Contains(m.Parameter)).OrderBy(m => WaterParameters.OrderOf(m.Parameter)))
        {
            var unit = WaterParameters.Get(m.Parameter).CanonicalUnit;
            var shown = $"{Measurement.Symbol(m.Qualifier)}{Format(m.Value)}{(unit.Length > 0 ? " " + unit : "")}";
            warnings.Add(m.Qualifier == Qualifier.LessThan
                ? new(WqiWarningKind.BelowDetectionLimit, m.Parameter, new(
                    $"{m.Parameter} dưới giới hạn phát hiện ({Vi(shown)}), tính theo giá trị giới hạn",
                    $"{m.Parameter} below the detection limit ({shown}), scored at the limit"))
                : new(WqiWarningKind.AboveMeasuringRange, m.Parameter, new(
                    $"{m.Parameter} vượt giới hạn đo ({Vi(shown)}), tính theo giá trị đó; chỉ số có thể cao hơn thực tế",
                    $"{m.Parameter} above the measuring range ({shown}), scored at that value; the index may be too high")));
        }

        var groups = scores.Select(s => s.Group).Distinct().Order().ToList();
        if (options.RequiresPesticides && !groups.Contains(WqiGroup.II))
        {
            warnings.Add(new(WqiWarningKind.RequiredGroupMissing, null, new("trạm này bắt buộc có nhóm II (hóa chất bảo vệ thực vật) nhưng mẫu không có", "group II (pesticides) is required at this station but missing")));
        }

        if (options.RequiresHeavyMetals && !groups.Contains(WqiGroup.III))
        {
            warnings.Add(new(WqiWarningKind.RequiredGroupMissing, null, new("trạm này bắt buộc có nhóm III (kim loại nặng) nhưng mẫu không có", "group III (heavy metals) is required at this station but missing")));
        }

        used.Sort((a, b) => WaterParameters.OrderOf(a).CompareTo(WaterParameters.OrderOf(b)));
        var result = new WqiResult
        {
            FactorI = Factor(scores, WqiGroup.I, values => values[0]),
            FactorII = Factor(scores, WqiGroup.II, DecimalMath.GeometricMean),
            FactorIII = Factor(scores, WqiGroup.III, DecimalMath.GeometricMean),
            MeanIV = Mean(scores, WqiGroup.IV),
            MeanV = Mean(scores, WqiGroup.V),
            Groups = groups,
            SubIndices = scores,
            ParametersUsed = used,
            Warnings = warnings,
        };

        if (WhyNotComputable(scores, groups) is { } reason)
        {
            return result with { NotComputableText = reason };
        }

        var meanIV = result.MeanIV!.Value;
        var (formula, core) = result.MeanV is { } meanV
            ? options.Weighted
                ? (WqiFormula.Formula5, DecimalMath.Root(meanIV * meanIV * meanV, 3))
                : (WqiFormula.Formula3, DecimalMath.Root(meanIV * meanV, 2))
            : (WqiFormula.Formula4, meanIV);
        var unrounded = result.FactorI * result.FactorII * result.FactorIII * core;
        var value = Round(unrounded);
        return result with { Value = value, Unrounded = unrounded, Band = WqiBand.For(value), Formula = formula };
    }

    /// <summary>Validity (reference "Validity"): at least 3 of the 5 groups, and group IV with at least 3 parameters.</summary>
    private static Bilingual? WhyNotComputable(List<WqiSubIndex> scores, List<WqiGroup> groups)
    {
        var reasons = new List<Bilingual>();
        if (groups.Count < 3)
        {
            var which = string.Join(", ", groups);
            reasons.Add(new(
                $"chỉ {groups.Count} trong 5 nhóm có số liệu ({(groups.Count == 0 ? "không nhóm nào" : which)}); cần ít nhất 3",
                $"only {groups.Count} of the 5 groups have data ({(groups.Count == 0 ? "none" : which)}); at least 3 are needed"));
        }

        var groupIV = scores.Where(s => s.Group == WqiGroup.IV).Select(s => s.Parameter).ToList();
        if (groupIV.Count == 0)
        {
            reasons.Add(new("thiếu nhóm IV (chất hữu cơ và dinh dưỡng), nhóm bắt buộc", "group IV (organic matter and nutrients) is missing; it is mandatory"));
        }
        else if (groupIV.Count < 3)
        {
            reasons.Add(new(
                $"nhóm IV chỉ có {groupIV.Count} thông số ({string.Join(", ", groupIV)}); cần ít nhất 3",
                $"group IV has only {groupIV.Count} parameter{(groupIV.Count == 1 ? "" : "s")} ({string.Join(", ", groupIV)}); at least 3 are needed"));
        }

        return reasons.Count == 0 ? null : new(string.Join("; ", reasons.Select(r => r.Vi)), string.Join("; ", reasons.Select(r => r.En)));
    }

    private static decimal Factor(List<WqiSubIndex> scores, WqiGroup group, Func<IReadOnlyList<decimal>, decimal> combine)
    {
        var values = scores.Where(s => s.Group == group).Select(s => s.SubIndex).ToList();
        return values.Count == 0 ? 1m : combine(values) / 100m; // product decision 2: a missing group is factor 1
    }

    private static decimal? Mean(List<WqiSubIndex> scores, WqiGroup group)
    {
        var values = scores.Where(s => s.Group == group).Select(s => s.SubIndex).ToList();
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }

    /// <summary>Product decision 3: heptachlor and heptachlorepoxide reported apart are summed and scored once.</summary>
    private static void ScoreHeptachlor(Dictionary<string, Measurement> byCode, List<WqiSubIndex> scores, List<string> used)
    {
        var parts = new[] { Heptachlor, HeptachlorEpoxide }
            .Select(code => byCode.GetValueOrDefault(code))
            .OfType<Measurement>()
            .ToList();
        if (parts.Count == 0)
        {
            return;
        }

        var sum = parts.Sum(p => p.Value);
        var qualifier = parts.Any(p => p.Qualifier == Qualifier.GreaterThan) ? Qualifier.GreaterThan
            : parts.Any(p => p.Qualifier == Qualifier.LessThan) ? Qualifier.LessThan
            : Qualifier.None;
        scores.Add(new(Heptachlor, WqiGroup.II, sum, sum, WqiTables.ByParameter[Heptachlor].Score(sum), qualifier));
        used.AddRange(parts.Select(p => p.Parameter));
    }

    /// <summary>DO is scored on % saturation, which needs the water temperature; without it DO is left out with a warning.</summary>
    private static void ScoreDo(Dictionary<string, Measurement> byCode, List<WqiSubIndex> scores, List<string> used, List<WqiWarning> warnings)
    {
        if (!byCode.TryGetValue(Do, out var dissolvedOxygen))
        {
            return;
        }

        if (!byCode.TryGetValue(Temperature, out var temperature))
        {
            warnings.Add(new(WqiWarningKind.DoWithoutTemperature, Do, new("không tính DO: thiếu nhiệt độ nước (temp) để tính % bão hòa", "DO left out: no water temperature (temp) to compute % saturation")));
            return;
        }

        if (temperature.Value is < MinTemperature or > MaxTemperature)
        {
            warnings.Add(new(WqiWarningKind.TemperatureOutOfRange, Do, new(
                $"không tính DO: nhiệt độ nước {Vi(Format(temperature.Value))} °C nằm ngoài khoảng {Format(MinTemperature)}–{Format(MaxTemperature)} °C của công thức bão hòa",
                $"DO left out: water temperature {Format(temperature.Value)} °C lies outside {Format(MinTemperature)}–{Format(MaxTemperature)} °C, where the saturation formula holds")));
            return;
        }

        var percent = DoPercentSaturation(dissolvedOxygen.Value, temperature.Value);
        scores.Add(new(Do, WqiGroup.IV, dissolvedOxygen.Value, percent, WqiTables.DoPercent.Score(percent), dissolvedOxygen.Qualifier));
        used.Add(Do);
        used.Add(Temperature);
    }

    /// <summary>DO saturation (mg/L) at water temperature <paramref name="temperature"/> (°C): 14.652 − 0.41022·T + 0.0079910·T² − 0.000077774·T³.</summary>
    public static decimal DoSaturation(decimal temperature)
    {
        var t = temperature;
        return 14.652m - (0.41022m * t) + (0.0079910m * t * t) - (0.000077774m * t * t * t);
    }

    /// <summary>DO% = DO / DO_sat × 100.</summary>
    public static decimal DoPercentSaturation(decimal dissolvedOxygen, decimal temperature) =>
        dissolvedOxygen * 100m / DoSaturation(temperature);

    /// <summary>WQI_DO from DO (mg/L) and water temperature (°C), through % saturation and Bảng 3.</summary>
    public static decimal DoSubIndex(decimal dissolvedOxygen, decimal temperature) =>
        WqiTables.DoPercent.Score(DoPercentSaturation(dissolvedOxygen, temperature));

    /// <summary>
    /// WQI_SI of one parameter at <paramref name="value"/> (canonical unit). DO needs a temperature:
    /// use <see cref="DoSubIndex"/>. <c>heptachlorepoxide</c> is read on the heptachlor limit.
    /// </summary>
    public static decimal SubIndex(string parameter, decimal value)
    {
        var code = WaterParameters.Find(parameter)?.Code;
        if (code == Do)
        {
            throw new ArgumentException("DO is scored on % saturation; use DoSubIndex with the water temperature.", nameof(parameter));
        }

        code = code == HeptachlorEpoxide ? Heptachlor : code;
        return code is not null && WqiTables.ByParameter.TryGetValue(code, out var curve)
            ? curve.Score(value)
            : throw new ArgumentException($"'{parameter}' is not a VN_WQI parameter.", nameof(parameter));
    }

    /// <summary>Rounds the final WQI half away from zero to an integer (product decision 1): 90.5 → 91.</summary>
    public static int Round(decimal wqi) => (int)Math.Round(wqi, 0, MidpointRounding.AwayFromZero);

    private static string Format(decimal value) => DecimalMath.Format(value);

    /// <summary>An invariant figure as Vietnamese readers write it: decimal comma ("0.02" → "0,02").</summary>
    private static string Vi(string invariant) => invariant.Replace('.', ',');
}
