namespace TheoDoi.Water;

/// <summary>
/// The identifiers a WaterML 2.0 export points to: the OGC vocabularies the standard names (OGC 10-126r4,
/// WaterML 2.0 Part 1, §8.11 and Annex: interpolation types, quality codes; the OGC nil register for censored
/// values) and TheoDoi's own public pages, so that every observed property, feature and procedure resolves.
/// </summary>
public sealed class WaterMlVocabulary(string origin)
{
    /// <summary>The observation type of an OM_Observation whose result is a MeasurementTimeseries (the WaterML 2.0 observation type for time-value-pair measurement series).</summary>
    public const string ObservationType = "http://www.opengis.net/def/observationType/waterml/2.0/MeasurementTimeseriesTVPObservation";

    private const string Interpolation = "http://www.opengis.net/def/waterml/2.0/interpolationType/";

    /// <summary>
    /// WaterML 2.0 Part 1, interpolation types: <c>Continuous</c> — the value is instantaneous and values in
    /// between may be interpolated linearly, as for a sensor reading every few minutes; <c>Discontinuous</c> —
    /// the value holds only at its time, nothing can be interpolated between two points, as for a monthly grab
    /// sample of a quality station or a well read once a month.
    /// </summary>
    public static (string Href, string Title) InterpolationFor(StationKind kind) => kind == StationKind.Automatic
        ? (Interpolation + "Continuous", "Continuous/Instantaneous")
        : (Interpolation + "Discontinuous", "Discontinuous");

    /// <summary>WaterML 2.0 quality codes: validated values are <c>good</c>, values not yet checked <c>unchecked</c>.</summary>
    public static (string Href, string Title) QualityFor(QcState qc) => qc == QcState.Validated
        ? ("http://www.opengis.net/def/waterml/2.0/quality/good", "Good (validated)")
        : ("http://www.opengis.net/def/waterml/2.0/quality/unchecked", "Unchecked (raw, not yet validated)");

    /// <summary>OGC nil register reasons for a censored value: a "&lt;" value is the detection limit, a "&gt;" value the top of the range.</summary>
    public static (string Href, string Title) CensoredFor(Core.Water.Qualifier qualifier) => qualifier == Core.Water.Qualifier.LessThan
        ? ("http://www.opengis.net/def/nil/OGC/0/BelowDetectionRange", "Below detection limit (value is the limit)")
        : ("http://www.opengis.net/def/nil/OGC/0/AboveDetectionRange", "Above measuring range (value is the range's top)");

    /// <summary>The server's origin ("https://host/base"), without a trailing slash.</summary>
    public string Origin { get; } = origin.TrimEnd('/');

    /// <summary>The station's public page: the identifier of the monitoring point and of the feature of interest.</summary>
    public string Station(string code) => $"{Origin}/water/stations/{Uri.EscapeDataString(code)}";

    public string StationCodeSpace => Origin + "/water/stations/";

    /// <summary>
    /// A parameter's definition: its row on the public parameter page (a hash URI, W3C "Cool URIs for the
    /// Semantic Web" §4.1: one page defines every parameter and each fragment names one).
    /// </summary>
    public string Parameter(string code) => $"{Origin}/water/parameters#{Uri.EscapeDataString(code)}";

    /// <summary>The qualifier's definition ("&lt;", "&gt;" as in the canonical CSV).</summary>
    public string QualifierDefinition => Origin + "/water/parameters#qualifier";

    /// <summary>The QC state's definition (TheoDoi's raw / validated).</summary>
    public string QcDefinition => Origin + "/water/parameters#qc";

    /// <summary>How values are measured, checked and computed.</summary>
    public string Procedure => Origin + "/water/method";

    public string Basin => Origin + "/water/basin";
}
