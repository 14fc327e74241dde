using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// A station's observations of a period as an OGC WaterML 2.0 <c>wml2:Collection</c> that validates against the
/// official schema (tests/TheoDoi.Tests/TestData/waterml-2.0): one monitoring point, then one OM_Observation with
/// a MeasurementTimeseries per parameter. Streams: rows are read in key order and written as they come, so a
/// ten-year hourly export never sits in memory.
/// </summary>
public static partial class WaterMlExport
{
    public const string WaterMl = "http://www.opengis.net/waterml/2.0";
    public const string Gml = "http://www.opengis.net/gml/3.2";
    public const string Om = "http://www.opengis.net/om/2.0";
    public const string Sa = "http://www.opengis.net/sampling/2.0";
    public const string Sams = "http://www.opengis.net/samplingSpatial/2.0";
    public const string Swe = "http://www.opengis.net/swe/2.0";
    public const string XLink = "http://www.w3.org/1999/xlink";

    /// <summary>What to export: the public one has validated values only; a signed-in one adds raw values marked unchecked.</summary>
    public sealed record Request(WaterStation Station, long From, long To, DateTimeOffset Generated, bool ValidatedOnly, WaterMlVocabulary Links);

    private static string Time(long time) => WaterQueries.Local(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static IQueryable<WaterObservation> Rows(AppDbContext db, Request request)
    {
        var rows = db.WaterObservations.AsNoTracking().Where(o => o.StationId == request.Station.Id && o.ObservedAt >= request.From && o.ObservedAt <= request.To);
        return request.ValidatedOnly ? rows.Where(o => o.Qc == (short)QcState.Validated) : rows.Where(o => o.Qc != (short)QcState.Rejected);
    }

    /// <returns>How many values were written (the exchange log counts them).</returns>
    public static async Task<long> WriteAsync(AppDbContext db, Request request, Stream output, CancellationToken cancellationToken)
    {
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var spans = (await Rows(db, request).GroupBy(o => o.ParameterId)
            .Select(g => new { g.Key, First = g.Min(o => o.ObservedAt), Last = g.Max(o => o.ObservedAt) })
            .ToListAsync(cancellationToken)).ToDictionary(s => s.Key);
        var station = request.Station;
        var id = XmlId(station.Code);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync("wml2", "Collection", WaterMl);
        foreach (var (prefix, ns) in new[] { ("gml", Gml), ("om", Om), ("sa", Sa), ("sams", Sams), ("swe", Swe), ("xlink", XLink) })
        {
            await xml.WriteAttributeStringAsync("xmlns", prefix, null, ns);
        }

        await xml.WriteAttributeStringAsync("gml", "id", Gml, "C." + id);
        await xml.WriteElementStringAsync("gml", "description", Gml,
            $"{(request.ValidatedOnly ? "Validated observations" : "Observations (validated and not yet validated, see wml2:quality)")} of station {station.Code} ({station.Name}), {Time(request.From)} to {Time(request.To)}. Units are UCUM codes; censored values carry wml2:censoredReason.");
        await xml.WriteStartElementAsync("wml2", "metadata", WaterMl);
        await xml.WriteStartElementAsync("wml2", "DocumentMetadata", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "DM." + id);
        await xml.WriteElementStringAsync("wml2", "generationDate", WaterMl, Time(request.Generated));
        await xml.WriteElementStringAsync("wml2", "generationSystem", WaterMl, "TheoDoi (Bộ Nông nghiệp và Môi trường)");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("wml2", "temporalExtent", WaterMl);
        await PeriodAsync(xml, "TE." + id, Time(request.From), Time(request.To));
        await xml.WriteEndElementAsync();
        await MonitoringPointAsync(xml, id, request);

        var current = -1;
        long written = 0;
        await foreach (var o in Rows(db, request).OrderBy(o => o.ParameterId).ThenBy(o => o.ObservedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (o.ParameterId != current)
            {
                if (current >= 0)
                {
                    await EndSeriesAsync(xml);
                }

                current = o.ParameterId;
                var span = spans[current];
                await StartSeriesAsync(xml, id, request, parameters[current], Time(span.First), Time(span.Last));
            }

            await PointAsync(xml, request, o);
            written++;
        }

        if (current >= 0)
        {
            await EndSeriesAsync(xml);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        return written;
    }

    private static async Task StartSeriesAsync(XmlWriter xml, string id, Request request, WaterParameterEntry parameter, string first, string last)
    {
        var series = id + "." + XmlId(parameter.Code);
        var station = request.Station;
        await xml.WriteStartElementAsync("wml2", "observationMember", WaterMl);
        await xml.WriteStartElementAsync("om", "OM_Observation", Om);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "O." + series);
        await LinkAsync(xml, "om", "type", Om, WaterMlVocabulary.ObservationType, null);
        await xml.WriteStartElementAsync("om", "phenomenonTime", Om);
        await PeriodAsync(xml, "TP." + series, first, last);
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("om", "resultTime", Om);
        await xml.WriteStartElementAsync("gml", "TimeInstant", Gml);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "RT." + series);
        await xml.WriteElementStringAsync("gml", "timePosition", Gml, Time(request.Generated));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await LinkAsync(xml, "om", "procedure", Om, request.Links.Procedure,
            station.Kind == StationKind.Automatic ? "Automatic sensor, checked by TheoDoi's QC" : "Grab sample (periodic monitoring), checked by TheoDoi's QC");
        await LinkAsync(xml, "om", "observedProperty", Om, request.Links.Parameter(parameter.Code), parameter.NameEn);
        await LinkAsync(xml, "om", "featureOfInterest", Om, request.Links.Station(station.Code), station.Name);
        await xml.WriteStartElementAsync("om", "result", Om);
        await xml.WriteStartElementAsync("wml2", "MeasurementTimeseries", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "TS." + series);
        await xml.WriteStartElementAsync("wml2", "defaultPointMetadata", WaterMl);
        await xml.WriteStartElementAsync("wml2", "DefaultTVPMeasurementMetadata", WaterMl);
        var (quality, qualityTitle) = WaterMlVocabulary.QualityFor(QcState.Validated);
        await LinkAsync(xml, "wml2", "quality", WaterMl, quality, qualityTitle);
        await xml.WriteStartElementAsync("wml2", "uom", WaterMl);
        await xml.WriteAttributeStringAsync(null, "code", null, UcumUnits.ForParameter(parameter.Code) ?? UcumUnits.ByUnit.GetValueOrDefault(parameter.Unit, parameter.Unit));
        await xml.WriteEndElementAsync();
        var (interpolation, interpolationTitle) = WaterMlVocabulary.InterpolationFor(station.Kind);
        await LinkAsync(xml, "wml2", "interpolationType", WaterMl, interpolation, interpolationTitle);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    /// <summary>
    /// One time–value pair. Its metadata says only what differs from the series' default: a raw value's quality
    /// (unchecked) and TheoDoi's QC state as a qualifier, and a censored value's reason with its CSV symbol.
    /// </summary>
    private static async Task PointAsync(XmlWriter xml, Request request, WaterObservation o)
    {
        await xml.WriteStartElementAsync("wml2", "point", WaterMl);
        await xml.WriteStartElementAsync("wml2", "MeasurementTVP", WaterMl);
        await xml.WriteElementStringAsync("wml2", "time", WaterMl, Time(o.ObservedAt));
        await xml.WriteElementStringAsync("wml2", "value", WaterMl, o.Value.ToString("R", CultureInfo.InvariantCulture));
        var qualifier = (Qualifier)o.Qualifier;
        var raw = (QcState)o.Qc != QcState.Validated;
        if (qualifier != Qualifier.None || raw)
        {
            await xml.WriteStartElementAsync("wml2", "metadata", WaterMl);
            await xml.WriteStartElementAsync("wml2", "TVPMeasurementMetadata", WaterMl);
            if (raw)
            {
                var (quality, title) = WaterMlVocabulary.QualityFor((QcState)o.Qc);
                await LinkAsync(xml, "wml2", "quality", WaterMl, quality, title);
                await CategoryAsync(xml, request.Links.QcDefinition, "QC state", "raw");
            }

            if (qualifier != Qualifier.None)
            {
                await CategoryAsync(xml, request.Links.QualifierDefinition, "Qualifier", Measurement.Symbol(qualifier));
                var (reason, title) = WaterMlVocabulary.CensoredFor(qualifier);
                await LinkAsync(xml, "wml2", "censoredReason", WaterMl, reason, title);
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task CategoryAsync(XmlWriter xml, string definition, string label, string value)
    {
        await xml.WriteStartElementAsync("wml2", "qualifier", WaterMl);
        await xml.WriteStartElementAsync("swe", "Category", Swe);
        await xml.WriteAttributeStringAsync(null, "definition", null, definition);
        await xml.WriteElementStringAsync("swe", "label", Swe, label);
        await xml.WriteElementStringAsync("swe", "value", Swe, value);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task PeriodAsync(XmlWriter xml, string gmlId, string begin, string end)
    {
        await xml.WriteStartElementAsync("gml", "TimePeriod", Gml);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, gmlId);
        await xml.WriteElementStringAsync("gml", "beginPosition", Gml, begin);
        await xml.WriteElementStringAsync("gml", "endPosition", Gml, end);
        await xml.WriteEndElementAsync();
    }

    private static async Task EndSeriesAsync(XmlWriter xml)
    {
        // MeasurementTimeseries, result, OM_Observation, observationMember; flushed so a long export streams.
        for (var i = 0; i < 4; i++)
        {
            await xml.WriteEndElementAsync();
        }

        await xml.FlushAsync();
    }

    private static async Task LinkAsync(XmlWriter xml, string prefix, string name, string ns, string href, string? title)
    {
        await xml.WriteStartElementAsync(prefix, name, ns);
        await xml.WriteAttributeStringAsync("xlink", "href", XLink, href);
        if (title is not null)
        {
            await xml.WriteAttributeStringAsync("xlink", "title", XLink, title);
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>The NCName part of a gml:id: ASCII letters, digits, '.', '-', '_' (each id gets a letter prefix, so it never starts with a digit).</summary>
    internal static string XmlId(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.ToString();
    }
}
