using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Data sharing: a station's validated observations of a period as the canonical CSV (docs/DESIGN.md) or as
/// OGC WaterML 2.0 (one OM_Observation with a MeasurementTimeseries per parameter). Both stream from the
/// database to the response: rows are read in key order and written as they come.
/// </summary>
public static class WaterExport
{
    public const string WaterMl = "http://www.opengis.net/waterml/2.0";
    public const string Gml = "http://www.opengis.net/gml/3.2";
    public const string Om = "http://www.opengis.net/om/2.0";
    public const string Sa = "http://www.opengis.net/sampling/2.0";
    public const string Sams = "http://www.opengis.net/samplingSpatial/2.0";
    public const string XLink = "http://www.w3.org/1999/xlink";

    private static string Time(long time) => WaterQueries.Local(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static IAsyncEnumerable<WaterObservation> Validated(AppDbContext db, int stationId, long from, long to) =>
        db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == stationId && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc == (short)QcState.Validated)
            .OrderBy(o => o.ParameterId).ThenBy(o => o.ObservedAt)
            .AsAsyncEnumerable();

    public static async Task WriteCsvAsync(AppDbContext db, WaterStation station, long from, long to, Stream output, CancellationToken cancellationToken)
    {
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(ObservationCsv.Header + "\n");
        var line = new StringBuilder();
        await foreach (var o in Validated(db, station.Id, from, to).WithCancellation(cancellationToken))
        {
            var parameter = parameters[o.ParameterId];
            line.Clear().Append(Csv(station.Code)).Append(',').Append(Time(o.ObservedAt)).Append(',').Append(Csv(parameter.Code)).Append(',')
                .Append(Number(o.Value)).Append(',').Append(Csv(parameter.Unit)).Append(',').Append(Measurement.Symbol((Qualifier)o.Qualifier)).Append('\n');
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    // Codes and units are text: neutralised against formula injection (a station coded "=1+2").
    private static string Csv(string raw) => SpreadsheetText.Neutralise(raw) is not { } field ? "" : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static async Task WriteWaterMlAsync(AppDbContext db, WaterStation station, long from, long to, DateTimeOffset generated, Stream output, CancellationToken cancellationToken)
    {
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var spans = (await db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == station.Id && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc == (short)QcState.Validated)
            .GroupBy(o => o.ParameterId)
            .Select(g => new { g.Key, First = g.Min(o => o.ObservedAt), Last = g.Max(o => o.ObservedAt) })
            .ToListAsync(cancellationToken)).ToDictionary(s => s.Key);
        var id = XmlId(station.Code);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync("wml2", "Collection", WaterMl);
        await xml.WriteAttributeStringAsync("xmlns", "gml", null, Gml);
        await xml.WriteAttributeStringAsync("xmlns", "om", null, Om);
        await xml.WriteAttributeStringAsync("xmlns", "sa", null, Sa);
        await xml.WriteAttributeStringAsync("xmlns", "sams", null, Sams);
        await xml.WriteAttributeStringAsync("xmlns", "xlink", null, XLink);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "C." + id);
        await xml.WriteElementStringAsync("gml", "description", Gml,
            $"Validated observations of station {station.Code} ({station.Name}), {Time(from)} to {Time(to)}. Values in the parameter's unit; '<' values are detection limits.");
        await xml.WriteStartElementAsync("wml2", "metadata", WaterMl);
        await xml.WriteStartElementAsync("wml2", "DocumentMetadata", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "DM." + id);
        await xml.WriteElementStringAsync("wml2", "generationDate", WaterMl, generated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        await xml.WriteElementStringAsync("wml2", "generationSystem", WaterMl, "TheoDoi (Bộ Nông nghiệp và Môi trường)");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync("wml2", "samplingFeatureMember", WaterMl);
        await xml.WriteStartElementAsync("wml2", "MonitoringPoint", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "MP." + id);
        await xml.WriteElementStringAsync("gml", "identifier", Gml, station.Code);
        await xml.WriteElementStringAsync("gml", "name", Gml, station.Name);
        await xml.WriteStartElementAsync("sa", "sampledFeature", Sa);
        await xml.WriteAttributeStringAsync("xlink", "title", XLink, station.WaterBody?.Name ?? station.Basin?.Name ?? "");
        await xml.WriteEndElementAsync();
        if (station.Latitude is { } lat && station.Longitude is { } lon)
        {
            await xml.WriteStartElementAsync("sams", "shape", Sams);
            await xml.WriteStartElementAsync("gml", "Point", Gml);
            await xml.WriteAttributeStringAsync("gml", "id", Gml, "P." + id);
            await xml.WriteAttributeStringAsync(null, "srsName", null, "urn:ogc:def:crs:EPSG::4326");
            await xml.WriteElementStringAsync("gml", "pos", Gml, lat.ToString("0.########", CultureInfo.InvariantCulture) + " " + lon.ToString("0.########", CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();

        var current = -1;
        await foreach (var o in Validated(db, station.Id, from, to).WithCancellation(cancellationToken))
        {
            if (o.ParameterId != current)
            {
                if (current >= 0)
                {
                    await EndSeriesAsync(xml);
                }

                current = o.ParameterId;
                var parameter = parameters[current];
                var span = spans[current];
                await StartSeriesAsync(xml, id, parameter, Time(span.First), Time(span.Last), generated);
            }

            await xml.WriteStartElementAsync("wml2", "point", WaterMl);
            await xml.WriteStartElementAsync("wml2", "MeasurementTVP", WaterMl);
            await xml.WriteElementStringAsync("wml2", "time", WaterMl, Time(o.ObservedAt));
            await xml.WriteElementStringAsync("wml2", "value", WaterMl, Number(o.Value));
            if ((Qualifier)o.Qualifier != Qualifier.None)
            {
                var below = (Qualifier)o.Qualifier == Qualifier.LessThan;
                await xml.WriteStartElementAsync("wml2", "metadata", WaterMl);
                await xml.WriteStartElementAsync("wml2", "TVPMeasurementMetadata", WaterMl);
                await xml.WriteStartElementAsync("wml2", "censoredReason", WaterMl);
                await xml.WriteAttributeStringAsync("xlink", "href", XLink, below
                    ? "http://www.opengis.net/def/nil/OGC/0/BelowDetectionRange"
                    : "http://www.opengis.net/def/nil/OGC/0/AboveDetectionRange");
                await xml.WriteAttributeStringAsync("xlink", "title", XLink, below ? "Below detection limit (value is the limit)" : "Above measuring range (value is the range's top)");
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.FlushAsync();
        }

        if (current >= 0)
        {
            await EndSeriesAsync(xml);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task StartSeriesAsync(XmlWriter xml, string id, WaterParameterEntry parameter, string first, string last, DateTimeOffset generated)
    {
        var series = id + "." + XmlId(parameter.Code);
        await xml.WriteStartElementAsync("wml2", "observationMember", WaterMl);
        await xml.WriteStartElementAsync("om", "OM_Observation", Om);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "O." + series);
        await xml.WriteStartElementAsync("om", "phenomenonTime", Om);
        await xml.WriteStartElementAsync("gml", "TimePeriod", Gml);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "TP." + series);
        await xml.WriteElementStringAsync("gml", "beginPosition", Gml, first);
        await xml.WriteElementStringAsync("gml", "endPosition", Gml, last);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("om", "resultTime", Om);
        await xml.WriteStartElementAsync("gml", "TimeInstant", Gml);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "RT." + series);
        await xml.WriteElementStringAsync("gml", "timePosition", Gml, generated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await Link(xml, "om", "procedure", Om, "urn:theodoi:procedure:monitoring", "Surface water monitoring (QC validated)");
        await Link(xml, "om", "observedProperty", Om, "urn:theodoi:parameter:" + parameter.Code, parameter.NameEn);
        await Link(xml, "om", "featureOfInterest", Om, "#MP." + id, null);
        await xml.WriteStartElementAsync("om", "result", Om);
        await xml.WriteStartElementAsync("wml2", "MeasurementTimeseries", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "TS." + series);
        await xml.WriteStartElementAsync("wml2", "defaultPointMetadata", WaterMl);
        await xml.WriteStartElementAsync("wml2", "DefaultTVPMeasurementMetadata", WaterMl);
        await xml.WriteStartElementAsync("wml2", "uom", WaterMl);
        await xml.WriteAttributeStringAsync(null, "code", null, parameter.Unit.Length == 0 ? "1" : parameter.Unit);
        await xml.WriteEndElementAsync();
        await Link(xml, "wml2", "interpolationType", WaterMl, "http://www.opengis.net/def/waterml/2.0/interpolationType/Discontinuous", "Discontinuous");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task EndSeriesAsync(XmlWriter xml)
    {
        await xml.WriteEndElementAsync(); // MeasurementTimeseries
        await xml.WriteEndElementAsync(); // result
        await xml.WriteEndElementAsync(); // OM_Observation
        await xml.WriteEndElementAsync(); // observationMember
    }

    private static async Task Link(XmlWriter xml, string prefix, string name, string ns, string href, string? title)
    {
        await xml.WriteStartElementAsync(prefix, name, ns);
        await xml.WriteAttributeStringAsync("xlink", "href", XLink, href);
        if (title is not null)
        {
            await xml.WriteAttributeStringAsync("xlink", "title", XLink, title);
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>An NCName for gml:id: letters, digits, '.', '-', '_'; never starting with a digit.</summary>
    private static string XmlId(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.ToString();
    }
}
