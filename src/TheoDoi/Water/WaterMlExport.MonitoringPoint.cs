using System.Globalization;
using System.Xml;

namespace TheoDoi.Water;

public static partial class WaterMlExport
{
    /// <summary>The station as a wml2:MonitoringPoint identified by its public page; its shape a point in WGS 84 (EPSG:4326, latitude first).</summary>
    private static async Task MonitoringPointAsync(XmlWriter xml, string id, Request request)
    {
        var station = request.Station;
        await xml.WriteStartElementAsync("wml2", "samplingFeatureMember", WaterMl);
        await xml.WriteStartElementAsync("wml2", "MonitoringPoint", WaterMl);
        await xml.WriteAttributeStringAsync("gml", "id", Gml, "MP." + id);
        await xml.WriteStartElementAsync("gml", "identifier", Gml);
        await xml.WriteAttributeStringAsync(null, "codeSpace", null, request.Links.StationCodeSpace);
        await xml.WriteStringAsync(request.Links.Station(station.Code));
        await xml.WriteEndElementAsync();
        await xml.WriteElementStringAsync("gml", "name", Gml, station.Name);
        await LinkAsync(xml, "sa", "sampledFeature", Sa, request.Links.Basin, station.WaterBody?.Name ?? station.Basin?.Name ?? station.Name);
        await xml.WriteStartElementAsync("sams", "shape", Sams);
        if (station.Latitude is { } lat && station.Longitude is { } lon)
        {
            await xml.WriteStartElementAsync("gml", "Point", Gml);
            await xml.WriteAttributeStringAsync("gml", "id", Gml, "P." + id);
            await xml.WriteAttributeStringAsync(null, "srsName", null, "http://www.opengis.net/def/crs/EPSG/0/4326");
            await xml.WriteElementStringAsync("gml", "pos", Gml, lat.ToString("0.########", CultureInfo.InvariantCulture) + " " + lon.ToString("0.########", CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }
        else
        {
            // The schema requires a shape; a station registered without coordinates says so instead of inventing them.
            await xml.WriteAttributeStringAsync(null, "nilReason", null, "missing");
        }

        await xml.WriteEndElementAsync();
        await LinkAsync(xml, "wml2", "descriptionReference", WaterMl, request.Links.Station(station.Code), "Station page");
        await xml.WriteStartElementAsync("wml2", "timeZone", WaterMl);
        await xml.WriteStartElementAsync("wml2", "TimeZone", WaterMl);
        await xml.WriteElementStringAsync("wml2", "zoneOffset", WaterMl, "+07:00");
        await xml.WriteElementStringAsync("wml2", "zoneAbbreviation", WaterMl, "ICT");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }
}
