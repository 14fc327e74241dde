using System.Globalization;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// The station file's type columns (issue 9): <c>type</c> (quality|river|reservoir|groundwater|salinity,
/// empty = quality), <c>aquifer</c> (wells, required), <c>datum</c> (level stations), <c>threshold</c>
/// (salinity stations, required: the intake's limit in the station's unit; wells: the allowed depth to
/// water, m) and <c>capacity_hm3</c> (reservoirs, required: full-supply volume). Facts and codes from
/// docs/reference/water-security.md.
/// </summary>
public sealed record StationTypeColumns(StationType Type, string? Aquifer, string? Datum, decimal? Threshold, decimal? CapacityHm3)
{
    private static readonly string s_types = string.Join("|", Enum.GetNames<StationType>().Select(n => n.ToLowerInvariant()));

    public void ApplyTo(WaterStation station)
    {
        station.Type = Type;
        station.Aquifer = Aquifer;
        station.Datum = Datum;
        station.Threshold = Threshold;
        station.CapacityHm3 = CapacityHm3;
    }

    /// <summary>
    /// The row's type columns, or null when the file has none of them (the station keeps what it has);
    /// every problem is added to <paramref name="errors"/> with its row and column.
    /// </summary>
    public static StationTypeColumns? Read(int row, Func<string, string> field, List<LocatedProblem> errors, Func<string, bool>? present = null)
    {
        var text = field("type");
        var aquifer = field("aquifer");
        var datum = field("datum");
        var thresholdText = field("threshold");
        var capacityText = field("capacity_hm3");
        if (present is not null && !ImportStations.OptionalColumns.Any(present))
        {
            return null;
        }

        var type = StationType.Quality;
        if (text.Length > 0 && (!Enum.TryParse(text, ignoreCase: true, out type) || !Enum.IsDefined(type) || int.TryParse(text, out _)))
        {
            errors.Add(new RowProblem(row, "type",
                $"Loại trạm '{text}' không hợp lệ; cột type phải ghi một trong {s_types} (để trống là quality).",
                $"type '{text}' is not one of {s_types} (empty means quality)"));
            return null;
        }

        var threshold = Number(row, "threshold", thresholdText, errors);
        var capacity = Number(row, "capacity_hm3", capacityText, errors);
        if (aquifer.Length > 32)
        {
            errors.Add(new RowProblem(row, "aquifer", "Tên tầng chứa nước dài quá 32 ký tự.", "aquifer is longer than 32 characters"));
        }

        if (datum.Length > 100)
        {
            errors.Add(new RowProblem(row, "datum", "Tên mốc cao độ dài quá 100 ký tự.", "datum is longer than 100 characters"));
        }

        switch (type)
        {
            case StationType.Salinity when thresholdText.Length == 0:
                errors.Add(new RowProblem(row, "threshold",
                    "Trạm đo mặn phải có ngưỡng của cửa lấy nước (cột threshold, theo đơn vị của trạm: ‰ hoặc mg/L Cl⁻).",
                    "a salinity station needs its intake's threshold (column threshold, in the station's unit: ‰ or mg/L Cl⁻)"));
                break;
            case StationType.Reservoir when capacityText.Length == 0:
                errors.Add(new RowProblem(row, "capacity_hm3",
                    "Hồ chứa phải có dung tích toàn bộ (cột capacity_hm3, triệu m³).",
                    "a reservoir needs its full-supply volume (column capacity_hm3, million m³)"));
                break;
            case StationType.Groundwater when aquifer.Length == 0:
                errors.Add(new RowProblem(row, "aquifer",
                    "Giếng quan trắc nước dưới đất phải ghi tầng chứa nước (cột aquifer, ví dụ qp2-3).",
                    "a groundwater well needs its aquifer (column aquifer, e.g. qp2-3)"));
                break;
        }

        if (capacityText.Length > 0 && type != StationType.Reservoir)
        {
            errors.Add(new RowProblem(row, "capacity_hm3", "Chỉ hồ chứa (type reservoir) mới có dung tích.", "only a reservoir (type reservoir) has a capacity"));
        }

        if (aquifer.Length > 0 && type != StationType.Groundwater)
        {
            errors.Add(new RowProblem(row, "aquifer", "Chỉ giếng nước dưới đất (type groundwater) mới có tầng chứa nước.", "only a groundwater well (type groundwater) has an aquifer"));
        }

        if (thresholdText.Length > 0 && type is not (StationType.Salinity or StationType.Groundwater))
        {
            errors.Add(new RowProblem(row, "threshold",
                "Ngưỡng chỉ dùng cho trạm đo mặn (type salinity) và giếng nước dưới đất (type groundwater).",
                "a threshold is only for a salinity station (type salinity) or a groundwater well (type groundwater)"));
        }

        return new StationTypeColumns(type, Empty(aquifer), Empty(datum), threshold, capacity);
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    /// <summary>A positive number written as in the canonical CSV (invariant: "270.5").</summary>
    private static decimal? Number(int row, string column, string text, List<LocatedProblem> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            errors.Add(new RowProblem(row, column,
                $"'{text}' không phải một số dương (viết dấu chấm thập phân, ví dụ 270.5).",
                $"'{text}' is not a positive number (decimal point, e.g. 270.5)"));
            return null;
        }

        return value;
    }
}
