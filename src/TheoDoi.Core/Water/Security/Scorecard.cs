using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>A dimension's status; <see cref="NotAssessed"/> when its inputs are too few to say anything.</summary>
public enum ScoreStatus
{
    Good,
    Watch,
    Poor,
    NotAssessed,
}

/// <summary>The five dimensions of the scorecard, by their API codes.</summary>
public static class ScoreDimension
{
    public const string Availability = "availability";
    public const string Groundwater = "groundwater";
    public const string Salinity = "salinity";
    public const string Quality = "quality";
    public const string Use = "use";

    public static readonly IReadOnlyList<string> All = [Availability, Groundwater, Salinity, Quality, Use];

    public static Bilingual Name(string code) => code switch
    {
        Availability => new("Trữ lượng nước mặt", "Water availability"),
        Groundwater => new("Nước dưới đất", "Groundwater"),
        Salinity => new("Xâm nhập mặn", "Salinity intrusion"),
        Quality => new("Chất lượng nước", "Water quality"),
        _ => new("Khai thác, sử dụng", "Abstraction and use"),
    };
}

/// <summary>One dimension scored: its status and the reason, which shows the inputs and the arithmetic.</summary>
public sealed record DimensionScore(string Code, ScoreStatus Status, Bilingual Reason);

/// <summary>
/// The shared rule of the scorecard (docs/water-security-scorecard.md): a dimension counts its inputs
/// "of concern" among those assessed; below 25 % of them is good, from 25 % watch, from 50 % poor. One
/// status per dimension with its inputs, never one opaque number (ADB AWDO, docs/reference/water-security.md).
/// </summary>
public static class Scorecard
{
    /// <summary>From this share of inputs of concern (%) a dimension is "watch".</summary>
    public const double WatchShare = 25;

    /// <summary>From this share of inputs of concern (%) a dimension is "poor".</summary>
    public const double PoorShare = 50;

    public static Bilingual StatusName(ScoreStatus status) => status switch
    {
        ScoreStatus.Good => new("tốt", "good"),
        ScoreStatus.Watch => new("cần theo dõi", "watch"),
        ScoreStatus.Poor => new("kém", "poor"),
        _ => new("chưa đánh giá", "not assessed"),
    };

    public static string Code(ScoreStatus status) => status == ScoreStatus.NotAssessed ? "not-assessed" : status.ToString().ToLowerInvariant();

    /// <summary>The status of <paramref name="concern"/> of <paramref name="assessed"/> inputs; no inputs is not assessed.</summary>
    public static ScoreStatus ByShare(int concern, int assessed) =>
        assessed <= 0 ? ScoreStatus.NotAssessed
        : Share(concern, assessed) >= PoorShare ? ScoreStatus.Poor
        : Share(concern, assessed) >= WatchShare ? ScoreStatus.Watch
        : ScoreStatus.Good;

    public static double Share(int part, int whole) => whole <= 0 ? 0 : part * 100.0 / whole;

    /// <summary>
    /// "2 của 3 giếng hạ thấp có ý nghĩa (67 %) ≥ 50 % → kém": the count, the share, the edge it passed
    /// (or stayed under) and the status.
    /// </summary>
    internal static DimensionScore ShareScore(string code, int concern, int assessed, Bilingual what, Bilingual? extra = null)
    {
        var status = ByShare(concern, assessed);
        var share = Share(concern, assessed);
        var name = StatusName(status);
        var edgeVi = status switch
        {
            ScoreStatus.Poor => $"≥ {N(PoorShare, Vi)} %",
            ScoreStatus.Watch => $"≥ {N(WatchShare, Vi)} % và < {N(PoorShare, Vi)} %",
            _ => $"< {N(WatchShare, Vi)} %",
        };
        var edgeEn = status switch
        {
            ScoreStatus.Poor => $"≥ {N(PoorShare, En)}%",
            ScoreStatus.Watch => $"≥ {N(WatchShare, En)}% and < {N(PoorShare, En)}%",
            _ => $"< {N(WatchShare, En)}%",
        };
        var tail = extra is null ? new Bilingual("", "") : new Bilingual("; " + extra.Vi, "; " + extra.En);
        return new(code, status, new(
            $"{concern} của {assessed} {what.Vi} ({N(Math.Round(share), Vi)} %) {edgeVi} → {name.Vi}{tail.Vi}",
            $"{concern} of {assessed} {what.En} ({N(Math.Round(share), En)}%) {edgeEn} → {name.En}{tail.En}"));
    }

    internal static DimensionScore NotAssessed(string code, Bilingual why) =>
        new(code, ScoreStatus.NotAssessed, new($"Chưa đánh giá: {why.Vi}", $"Not assessed: {why.En}"));
}
