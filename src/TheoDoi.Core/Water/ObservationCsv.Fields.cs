using System.Globalization;
using System.Text.RegularExpressions;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>The two fields with rules of their own: the ISO 8601 time with its offset, and the invariant number.</summary>
public static partial class ObservationCsv
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[Tt ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7}))?)?)?(?<off>[Zz]|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    private const string TimeExample = "e.g. 2024-03-15T08:30:00+07:00", TimeExampleVi = "ví dụ 2024-03-15T08:30:00+07:00";

    /// <summary>ISO 8601 with a required offset; the error tells a malformed text, a missing offset and an impossible date apart.</summary>
    internal static DateTimeOffset ParseTime(string text, out Bilingual? error)
    {
        error = null;
        if (text.Length == 0)
        {
            error = new($"Thời gian để trống; hãy ghi theo ISO 8601 có độ lệch múi giờ, {TimeExampleVi}.", $"time is empty; expected ISO 8601 with a UTC offset, {TimeExample}");
            return default;
        }

        var match = IsoDateTime().Match(text);
        if (!match.Success)
        {
            error = new($"'{text}' không phải ngày giờ theo ISO 8601; hãy ghi như {TimeExampleVi}.", $"'{text}' is not an ISO 8601 date and time; expected {TimeExample}");
            return default;
        }

        if (!match.Groups["h"].Success)
        {
            error = new($"'{text}' thiếu giờ trong ngày; hãy ghi như {TimeExampleVi}.", $"'{text}' has no time of day; expected {TimeExample}");
            return default;
        }

        if (!match.Groups["off"].Success)
        {
            error = new($"'{text}' không có độ lệch múi giờ; thêm +07:00 nếu là giờ Việt Nam hoặc Z nếu là giờ UTC.", $"'{text}' has no UTC offset; add +07:00 for Việt Nam time or Z for UTC");
            return default;
        }

        static int Int(Group g) => g.Success ? int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Int(match.Groups["y"]), Int(match.Groups["mo"]), Int(match.Groups["d"]));
        var (hour, minute, second) = (Int(match.Groups["h"]), Int(match.Groups["mi"]), Int(match.Groups["s"]));
        var fraction = match.Groups["f"].Success ? int.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            error = new($"'{text}' không phải ngày giờ có thật.", $"'{text}' is an impossible date or time");
            return default;
        }

        var offsetText = match.Groups["off"].Value;
        var offset = TimeSpan.Zero;
        if (offsetText is not ("Z" or "z"))
        {
            var digits = offsetText[1..].Replace(":", "", StringComparison.Ordinal);
            var offsetHours = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var offsetMinutes = digits.Length > 2 ? int.Parse(digits.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
            {
                error = new($"'{text}' có độ lệch múi giờ không hợp lệ '{offsetText}'.", $"'{text}' has an impossible UTC offset '{offsetText}'");
                return default;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (offsetText[0] == '-' ? -1 : 1);
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
            return new DateTimeOffset(local, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            error = new($"'{text}' nằm ngoài khoảng ngày tháng được hỗ trợ.", $"'{text}' lies outside the supported range of dates");
            return default;
        }
    }

    internal static decimal ParseValue(string text, out Bilingual? error)
    {
        error = null;
        if (text.Length == 0)
        {
            error = new("Giá trị để trống.", "value is empty");
            return 0;
        }

        if (text[0] is '<' or '>')
        {
            error = new($"'{text}': ghi '{text[0]}' vào cột qualifier và chỉ ghi con số vào cột value.", $"'{text}': put '{text[0]}' in the qualifier column and the number alone in value");
            return 0;
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
        {
            error = new($"'{text}' không phải là số; dùng dấu chấm '.' làm dấu thập phân và không dùng dấu phân cách hàng nghìn.", $"'{text}' is not a number; use '.' as the decimal separator and no thousands separator");
            return 0;
        }

        return value;
    }
}
