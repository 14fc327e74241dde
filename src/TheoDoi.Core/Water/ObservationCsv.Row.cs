using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>One data record of the exchange file checked field by field into an observation or all its errors.</summary>
public static partial class ObservationCsv
{
    /// <summary>
    /// What consecutive rows repeat: a sample's rows share their time, and a file uses a few
    /// parameter/unit pairs. Both parses are pure, so reusing the last result changes nothing but
    /// the speed (the time parse is the most expensive step of a row).
    /// </summary>
    private sealed class RowCache
    {
        private readonly Dictionary<(string Parameter, string Unit), UnitConversion> _conversions = [];
        private string? _timeText;
        private DateTimeOffset _time;
        private Bilingual? _timeError;

        public DateTimeOffset Time(string text, out Bilingual? error)
        {
            if (!string.Equals(text, _timeText, StringComparison.Ordinal))
            {
                _time = ParseTime(text, out _timeError);
                _timeText = text;
            }

            error = _timeError;
            return _time;
        }

        public UnitConversion Conversion(WaterParameter parameter, string unit)
        {
            if (!_conversions.TryGetValue((parameter.Code, unit), out var conversion))
            {
                conversion = WaterUnits.ToCanonical(parameter, unit);
                _conversions[(parameter.Code, unit)] = conversion;
            }

            return conversion;
        }
    }

    private static ObservationRow ParseRow(int row, CsvRecord record, int[] positions, int headerWidth, RowCache cache)
    {
        if (record.Error is not null)
        {
            return new ObservationRow(row, record.Line, null, [new CsvError(row, null, record.Error)], null, null);
        }

        if (record.Fields.Count != headerWidth)
        {
            return new ObservationRow(row, record.Line, null,
                [new CsvError(row, null, new(
                    $"Dòng có {record.Fields.Count} trường, trong khi dòng tiêu đề có {headerWidth} trường.",
                    $"expected {headerWidth} fields as in the header, found {record.Fields.Count}"))], null, null);
        }

        string Field(int column) => record.Fields[positions[column]].Trim();
        var errors = new List<CsvError>();
        void Error(string column, Bilingual reason) => errors.Add(new CsvError(row, column, reason));

        var station = Texts.SpreadsheetText.Restore(Field(0))!; // our own CSV export writes "'=1+2" for "=1+2"
        if (station.Length == 0)
        {
            Error(StationColumn, new("Mã trạm để trống.", "station is empty"));
        }

        var time = cache.Time(Field(1), out var timeError);
        if (timeError is not null)
        {
            Error(TimeColumn, timeError);
        }

        var parameterText = Field(2);
        var parameter = WaterParameters.Find(parameterText);
        if (parameter is null)
        {
            Error(ParameterColumn, parameterText.Length == 0
                ? new("Thông số để trống.", "parameter is empty")
                : new($"Thông số '{parameterText}' không có trong danh mục thông số.", $"unknown parameter '{parameterText}'"));
        }

        var value = ParseValue(Field(3), out var valueError);
        if (valueError is not null)
        {
            Error(ValueColumn, valueError);
        }

        var unit = Field(4);
        UnitConversion? conversion = null;
        if (parameter is not null)
        {
            conversion = cache.Conversion(parameter, unit);
            if (!conversion.IsConvertible)
            {
                Error(UnitColumn, conversion.Reason!);
            }
        }

        var qualifierText = Field(5);
        if (!Measurement.TryParseQualifier(qualifierText, out var qualifier))
        {
            Error(QualifierColumn, new(
                $"Cột qualifier chỉ được để trống, ghi '<' hoặc '>', không được ghi '{qualifierText}'.",
                $"qualifier must be empty, '<' or '>', not '{qualifierText}'"));
        }

        decimal canonicalValue = 0;
        if (parameter is not null && conversion is { IsConvertible: true } && valueError is null)
        {
            canonicalValue = conversion.Apply(value);
            if (parameter.CheckValue(canonicalValue) is { } impossible)
            {
                Error(ValueColumn, impossible);
            }
        }

        var knownStation = station.Length > 0 ? station : null;
        var knownTime = timeError is null ? time : (DateTimeOffset?)null;
        if (errors.Count > 0)
        {
            return new ObservationRow(row, record.Line, null, errors, knownStation, knownTime);
        }

        var observation = new Observation(station, time, parameter!.Code, value, unit, qualifier, canonicalValue, conversion!.CanonicalUnit);
        return new ObservationRow(row, record.Line, observation, [], station, time);
    }
}
