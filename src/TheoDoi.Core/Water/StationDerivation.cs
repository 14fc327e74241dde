using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// The pure part of the water derivation: from a station's observations over whole Việt Nam days, the
/// VN_WQI and QCVN 08 level of every sample (and, for automatic stations, of every hour's and day's
/// means: product decision 6, docs/DESIGN.md), and the exceedance alerts: values above a QCVN 08:2023
/// Bảng 1 limit, and parameters worse than the station's target level (per sample for periodic
/// stations, per daily mean for automatic ones, so a sensor does not raise 288 alerts a day).
/// </summary>
public static class StationDerivation
{
    private const long VietnamOffset = 7 * 3600;

    /// <summary>Start (Unix seconds) of the Việt Nam day containing <paramref name="time"/>.</summary>
    public static long DayStart(long time) => time - ((time + VietnamOffset) % 86_400);

    /// <summary>Start (Unix seconds) of the Việt Nam hour containing <paramref name="time"/>.</summary>
    public static long HourStart(long time) => time - ((time + VietnamOffset) % 3600);

    /// <summary>Every derived row of <paramref name="station"/> from <paramref name="points"/> (ordered by time); alerts stamped <paramref name="now"/>.</summary>
    public static IReadOnlyList<DerivedSample> Compute(StationProfile station, IReadOnlyList<SamplePoint> points, DateTime now)
    {
        if (!station.Quality)
        {
            return [];
        }

        // Quantity values (level, discharge, storage, depth, abstraction) are no part of a quality
        // sample: they neither enter VN_WQI or QCVN 08 nor make a sample of their own.
        points = [.. points.Where(p => WaterParameters.Find(p.Parameter) is not { IsQuantity: true })];
        var computed = new List<DerivedSample>();
        foreach (var sample in points.GroupBy(p => p.Time))
        {
            computed.Add(Compute(station, WqiResolution.Sample, sample.Key, [.. sample], alerts: !station.Automatic, now));
        }

        if (station.Automatic)
        {
            foreach (var hour in points.GroupBy(p => HourStart(p.Time)))
            {
                computed.Add(Compute(station, WqiResolution.Hour, hour.Key, [.. hour], alerts: false, now));
            }

            foreach (var day in points.GroupBy(p => DayStart(p.Time)))
            {
                computed.Add(Compute(station, WqiResolution.Day, day.Key, [.. day], alerts: true, now));
            }
        }

        return computed;
    }

    private static DerivedSample Compute(StationProfile station, WqiResolution resolution, long time, List<SamplePoint> points, bool alerts, DateTime now)
    {
        var measurements = points.Select(p => new Measurement(p.Parameter, p.Value, p.Qualifier)).ToList();
        WqiResult wqi;
        IReadOnlyCollection<Measurement> sample;
        if (resolution == WqiResolution.Sample)
        {
            wqi = VnWqi.Compute(measurements, station.Options);
            sample = measurements;
        }
        else
        {
            wqi = PeriodMeans.Wqi(measurements, station.Options);
            sample = PeriodMeans.AsSample(PeriodMeans.Compute(measurements));
        }

        var level = Qcvn08.Classify(sample, DateTimeOffset.FromUnixTimeSeconds(time));
        var validated = points.All(p => p.Validated);
        Bilingual? label = resolution switch
        {
            WqiResolution.Hour => new("WQI giờ (từ giá trị trung bình giờ)", "hourly index from hourly means"),
            WqiResolution.Day => new("WQI ngày (từ giá trị trung bình ngày)", "daily index from daily means"),
            _ => null,
        };
        var wqiNote = WqiReport.NoteText(wqi);
        var note = string.Join("; ", new[] { label?.En, wqiNote.En }.Where(n => !string.IsNullOrEmpty(n)));
        var noteVi = string.Join("; ", new[] { label?.Vi, wqiNote.Vi }.Where(n => !string.IsNullOrEmpty(n)));
        var found = alerts ? Alerts(station, time, sample, level, validated, now) : [];
        return new DerivedSample(
            station.Id,
            resolution,
            time,
            wqi.Value,
            wqi.Unrounded is { } u ? (double)u : null,
            wqi.Formula is { } f ? (short)f : null,
            Clip(string.Join(' ', wqi.ParametersUsed), 400),
            note.Length == 0 ? null : Clip(note, 2000),
            noteVi.Length == 0 ? null : Clip(noteVi, 2000),
            wqi.HasBelowDetectionLimit,
            level.Standard.Code,
            level.Level?.Code,
            Clip(string.Join(' ', level.Deciding.Select(d => d.Parameter)), 400),
            level.NoteTexts.Count == 0 ? null : Clip(string.Join("; ", level.NoteTexts.Select(n => n.En)), 2000),
            level.NoteTexts.Count == 0 ? null : Clip(string.Join("; ", level.NoteTexts.Select(n => n.Vi)), 2000),
            validated,
            points.Count,
            found);
    }

    private static List<DerivedAlert> Alerts(StationProfile station, long time, IReadOnlyCollection<Measurement> sample, QcvnResult level, bool validated, DateTime now)
    {
        var found = new List<DerivedAlert>();
        foreach (var exceedance in level.Exceedances)
        {
            found.Add(new DerivedAlert(station.Id, time, WaterAlertKind.HealthLimit, exceedance.Parameter, (double)exceedance.Value, (double)exceedance.Limit,
                level.Standard.Code, null, exceedance.LimitUnconfirmed, validated, now));
        }

        if (station.TargetLevel is { Length: > 0 } target)
        {
            foreach (var violation in Qcvn08.CheckTarget(sample, level.Standard, target).Violations)
            {
                found.Add(new DerivedAlert(station.Id, time, WaterAlertKind.TargetLevel, violation.Parameter, (double)violation.Value,
                    violation.Limit is { } l ? (double)l : null, level.Standard.Code, violation.Level.Code, violation.LimitUnconfirmed, validated, now));
            }
        }

        return found;
    }

    /// <summary>Cut to fit a column of <paramref name="length"/> characters, the cut marked with "…".</summary>
    public static string Clip(string text, int length)
    {
        return text.Length <= length ? text : text[..(length - 1)] + "…";
    }
}
