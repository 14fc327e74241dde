using System.Globalization;
using TheoDoi.Core.Water;
using TheoDoi.Water.Licences;

namespace TheoDoi.Water.National;

/// <summary>A station with what its row needs: the province today and the basin's code.</summary>
public sealed record NationalStation(WaterStation Station, string? Province, string Basin);

/// <summary>One validated value with its station's and parameter's codes.</summary>
public sealed record NationalObservation(string Station, WaterParameterEntry Parameter, WaterObservation Value);

/// <summary>
/// What each <c>source</c> of <c>national-mapping.csv</c> reads from TheoDoi, and the national code
/// lists' values (the mapping file names them). A source the mapping names but this table lacks stops
/// the export with its name (a test reads every source of the file).
/// </summary>
public static class NationalSources
{
    // Without trailing zeros: SQLite gives 1200.0 where PostgreSQL gives 1200.
    private static string Number(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly IReadOnlyDictionary<string, Func<NationalStation, string>> Station = new Dictionary<string, Func<NationalStation, string>>
    {
        ["station.code"] = s => s.Station.Code,
        ["station.name"] = s => s.Station.Name,
        ["station.type"] = s => s.Station.Type switch
        {
            StationType.River => "song",
            StationType.Reservoir => "ho_chua",
            StationType.Groundwater => "nuoc_duoi_dat",
            StationType.Salinity => "xam_nhap_man",
            _ => "chat_luong",
        },
        ["station.kind"] = s => s.Station.Kind == StationKind.Automatic ? "tu_dong" : "dinh_ky",
        ["station.latitude"] = s => Number(s.Station.Latitude),
        ["station.longitude"] = s => Number(s.Station.Longitude),
        ["station.province"] = s => s.Province ?? "",
        ["station.basin"] = s => s.Basin,
        ["station.water_body"] = s => s.Station.Aquifer ?? s.Station.WaterBody?.Name ?? "",
        ["station.datum"] = s => s.Station.Datum ?? "",
        ["station.note"] = s => s.Station.IsDemo ? "Dữ liệu minh họa (demo). " + s.Station.Note : s.Station.Note ?? "",
    };

    public static readonly IReadOnlyDictionary<string, Func<NationalObservation, string>> Observation = new Dictionary<string, Func<NationalObservation, string>>
    {
        ["observation.station"] = o => o.Station,
        ["observation.parameter"] = o => o.Parameter.Code,
        ["observation.time"] = o => WaterQueries.Local(o.Value.ObservedAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["observation.value"] = o => o.Value.Value.ToString("R", CultureInfo.InvariantCulture),
        ["observation.unit"] = o => o.Parameter.Unit,
        ["observation.ucum"] = o => UcumUnits.ForParameter(o.Parameter.Code) ?? "",
        ["observation.qualifier"] = o => Measurement.Symbol((Qualifier)o.Value.Qualifier),
        ["observation.qc"] = _ => "da_kiem_dinh",
    };

    public static readonly IReadOnlyDictionary<string, Func<WaterLicence, string>> Licence = new Dictionary<string, Func<WaterLicence, string>>
    {
        ["licence.number"] = l => l.Number,
        ["licence.holder"] = l => l.Holder,
        ["licence.source"] = l => l.Source == WaterSource.Ground ? "nuoc_duoi_dat" : "nuoc_mat",
        ["licence.water_body"] = l => l.WaterBody,
        ["licence.province"] = l => l.Province,
        ["licence.latitude"] = l => Number(l.Latitude),
        ["licence.longitude"] = l => Number(l.Longitude),
        ["licence.purpose"] = l => l.Purpose,
        ["licence.max"] = l => Number(l.MaxM3PerDay),
        ["licence.valid_from"] = l => Date(l.ValidFrom),
        ["licence.valid_to"] = l => Date(l.ValidTo),
        ["licence.issuing_body"] = l => l.IssuingBody,
        ["licence.state"] = l => l.State switch
        {
            LicenceState.Suspended => "tam_dung",
            LicenceState.Revoked => "thu_hoi",
            _ => "con_hieu_luc",
        },
        ["licence.station"] = l => l.StationCode ?? "",
    };

    /// <summary>The readers of a table's columns in the mapping's order.</summary>
    public static IReadOnlyList<(string Name, Func<T, string> Read)> Columns<T>(string table, IReadOnlyDictionary<string, Func<T, string>> sources) =>
        [.. NationalMapping.Of(table).Select(f => (f.Name, sources.TryGetValue(f.Source, out var read)
            ? read
            : throw new InvalidOperationException($"{NationalMapping.FileName}: no TheoDoi source {f.Source} for {table}.{f.Name}")))];
}
