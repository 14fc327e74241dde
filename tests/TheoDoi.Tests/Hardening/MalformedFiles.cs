using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using static TheoDoi.Tests.Hardening.FuzzWorkbook;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// A seeded generator of malformed uploads: mutations of valid canonical and wide CSV, observation,
/// indicator, registry and licence workbooks, level–volume tables, restricted-zone GeoJSON
/// (MalformedFiles.Json.cs), evidence and report attachments — truncations, byte flips, DTD
/// and entity bombs, XXE, missing parts, stored entries, bad cell references, column XFD, huge
/// dimensions, duplicate sheets, bad encodings, numbers ≥ 8e28, formulas without value, broken zips,
/// zip bombs. The same seed gives the same files. A case says whether its defect must be refused, or
/// may leave a sound file (a flipped byte in a comment, a stored entry) that the import may accept.
/// </summary>
public sealed partial class MalformedFiles(int seed)
{
    public enum Target
    {
        CanonicalCsv,
        WideCsv,
        WideXlsx,
        IndicatorXlsx,
        ParksXlsx,
        WasteXlsx,
        Evidence,
        ReportAttachment,
        LicenceXlsx,
        LevelVolumeCsv,
        ZonesGeoJson,
    }

    public sealed record Case(Target Target, string Mutation, string FileName, byte[] Bytes, bool MustRefuse);

    private readonly Random _random = new(seed);

    public static bool IsCsv(string fileName) => fileName.EndsWith(".csv", StringComparison.Ordinal);

    /// <summary><paramref name="count"/> cases, the targets in turn.</summary>
    public IEnumerable<Case> Generate(int count, IReadOnlyList<Target>? targets = null)
    {
        targets ??= Enum.GetValues<Target>();
        for (var i = 0; i < count; i++)
        {
            yield return Make(targets[i % targets.Count]);
        }
    }

    private Case Make(Target target)
    {
        var fileName = target switch
        {
            Target.CanonicalCsv or Target.WideCsv or Target.LevelVolumeCsv => "fuzz.csv",
            Target.ZonesGeoJson => "fuzz.geojson",
            Target.Evidence or Target.ReportAttachment => new[] { "fuzz.csv", "fuzz.xlsx", "fuzz.pdf" }[_random.Next(3)],
            _ => "fuzz.xlsx",
        };
        var valid = target switch
        {
            Target.Evidence or Target.ReportAttachment => fileName switch
            {
                "fuzz.csv" => Valid.Value[Target.CanonicalCsv],
                "fuzz.xlsx" => Valid.Value[Target.WideXlsx],
                _ => s_pdf,
            },
            _ => Valid.Value[target],
        };
        var (mutation, bytes, mustRefuse) = fileName.EndsWith(".pdf", StringComparison.Ordinal) ? ("flip", Flip(valid), false)
            : target == Target.ZonesGeoJson ? MutateJson(valid)
            : IsCsv(fileName) ? MutateCsv(valid)
            : MutateXlsx(valid, target);
        // Evidence is stored, not parsed: only an empty or undecodable text file must be refused.
        if (target is Target.Evidence or Target.ReportAttachment)
        {
            mustRefuse = mutation is "empty" || (mutation is "bad-utf8" && IsCsv(fileName));
        }

        return new Case(target, mutation, fileName, bytes, mustRefuse);
    }

    /// <summary>The unmutated files, one per target, each of which its endpoint accepts.</summary>
    public static IEnumerable<Case> Sound() => Enum.GetValues<Target>().Select(t => t switch
    {
        Target.Evidence or Target.ReportAttachment => new Case(t, "none", "sound.pdf", s_pdf, false),
        Target.CanonicalCsv or Target.WideCsv or Target.LevelVolumeCsv => new Case(t, "none", "sound.csv", Valid.Value[t], false),
        Target.ZonesGeoJson => new Case(t, "none", "sound.geojson", Valid.Value[t], false),
        _ => new Case(t, "none", "sound.xlsx", Valid.Value[t], false),
    });

    private static readonly byte[] s_pdf = "%PDF-1.4\n% minh chung\n%%EOF\n"u8.ToArray();

    /// <summary>The valid files every mutation starts from (stations SG-01/SG-02 and unit 72 exist in every installation; FuzzUploads registers the reservoir FZ-RES).</summary>
    public static readonly Lazy<Dictionary<Target, byte[]>> Valid = new(() => new()
    {
        [Target.CanonicalCsv] = Encoding.UTF8.GetBytes("station,time,parameter,value,unit,qualifier\nSG-01,2025-01-01T08:00:00+07:00,pH,7.1,,\nSG-01,2025-01-01T08:00:00+07:00,BOD5,4.5,mg/L,\n"),
        [Target.WideCsv] = Encoding.UTF8.GetBytes("station,time,pH,DO (mg/L),BOD5 (mg/L)\nSG-02,2025-01-01T08:00:00,7.1,6.2,4.5\nSG-02,2025-01-02T08:00:00,7.0,6.0,3.5\n"),
        [Target.WideXlsx] = Build(new Sheet("Sheet1", [["station", "time", "pH", "DO (mg/L)"], ["SG-01", "2025-02-01T08:00:00", 7.1, 6.2], ["SG-01", "2025-02-02T08:00:00", 7.2, 6.1]])),
        [Target.IndicatorXlsx] = Build(new Sheet("CTR-SH-DT", [["Mã đơn vị", "Đơn vị", "Năm", "Tử số", "Mẫu số", "Giá trị", "Nguồn", "Ghi chú"], ["72", "Tây Ninh", 2019, 500, 600, null, "Sở NN&MT", "fuzz"]])),
        [Target.ParksXlsx] = Build(
            new Sheet("KCN", [["Mã KCN", "Tên", "Loại (KCN/KCX)", "Mã tỉnh", "Diện tích (ha)", "Hoạt động từ", "Trạng thái", "Có NMXLNT tập trung"], ["FZ-1", "KCN thử", "KCN", "72", 300, "01/01/2015", "Đang hoạt động", "Có"]]),
            new Sheet("Kiem tra", [["Mã KCN", "Ngày", "Đạt quy chuẩn", "Hình thức", "Văn bản, kết quả"], ["FZ-1", "10/11/2024", "Có", "Kiểm tra, thanh tra", "BB 1"]])),
        [Target.WasteXlsx] = Build(new Sheet("Chat thai", [
            ["Mã tỉnh", "Đơn vị", "Năm", "CTRSH đô thị phát sinh (tấn/ngày)", "CTRSH đô thị thu gom (tấn/ngày)", "CTRSH đô thị xử lý theo quy định (tấn/ngày)", "CTNH phát sinh (tấn/năm)", "CTNH thu gom, vận chuyển, xử lý (tấn/năm)", "Nguồn", "Ghi chú"],
            ["72", "Tây Ninh", 2019, 500, 480, 450, 1000, 900, "Sở NN&MT", "fuzz"]])),
        [Target.LicenceXlsx] = Build(
            new Sheet("Giay phep", [
                ["Số giấy phép", "Tổ chức, cá nhân được cấp phép", "Nguồn nước (nước mặt/nước dưới đất)", "Nguồn nước, tầng chứa nước", "Mã tỉnh", "Vĩ độ", "Kinh độ",
                 "Mục đích sử dụng", "Lưu lượng tối đa (m³/ngày)", "Có hiệu lực từ", "Có hiệu lực đến", "Cơ quan cấp phép", "Trạng thái", "Mã trạm quan trắc"],
                ["FZ/GP-1", "Công ty thử", "nước dưới đất", "qp2-3", "79", 10.8, 106.7, "sinh hoạt", 120, "01/01/2025", "31/12/2027", "Bộ NN&MT", "còn hiệu lực", null]]),
            new Sheet("San luong", [["Số giấy phép", "Năm", "Tháng", "Sản lượng khai thác (m³)"], ["FZ/GP-1", 2025, 3, 3000]])),
        [Target.LevelVolumeCsv] = Encoding.UTF8.GetBytes("level_m,volume_hm3\n50,500\n57.1,1500\n62,2765\n"),
        [Target.ZonesGeoJson] = Encoding.UTF8.GetBytes(ValidZones),
    });

    private (string, byte[], bool) MutateCsv(byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        var header = text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)];
        return _random.Next(10) switch
        {
            0 => ("truncate", valid[.._random.Next(valid.Length)], false),
            1 => ("flip", Flip(valid), false),
            2 => ("quote-break", Encoding.UTF8.GetBytes(text.Insert(header.Length + _random.Next(text.Length - header.Length), "\"")), false),
            3 => ("bad-utf8", [.. valid[..(valid.Length / 2)], 0xC3, 0x28, 0xFF, 0xFE, .. valid[(valid.Length / 2)..]], true),
            4 => ("huge-number", Encoding.UTF8.GetBytes(text.Replace("7.1", Huge(), StringComparison.Ordinal)), false),
            5 => ("header-only", Encoding.UTF8.GetBytes(header), true),
            6 => ("duplicate-column", Encoding.UTF8.GetBytes(DuplicateSecondColumn(header) + text[header.Length..]), true),
            7 => ("empty", [], true),
            8 => ("extra-fields", Encoding.UTF8.GetBytes(text.Replace("\n", ",x,\"y\"\n", StringComparison.Ordinal)), false),
            _ => ("utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), false),
        };
    }

    private static string DuplicateSecondColumn(string header)
    {
        var columns = header.TrimEnd('\n').Split(',').ToList();
        columns.Insert(2, columns[1]);
        return string.Join(",", columns) + "\n";
    }

    private string Huge() => new[] { "8E+28", "1e29", "100000000000000000000000000000", "-9E+28", "1.7976931348623157E+308" }[_random.Next(5)];

    private byte[] Flip(byte[] valid)
    {
        var bytes = (byte[])valid.Clone();
        for (var i = 0; i < 1 + _random.Next(8) && bytes.Length > 0; i++)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 + _random.Next(255));
        }

        return bytes;
    }

    private (string, byte[], bool) MutateXlsx(byte[] valid, Target target)
    {
        const string Sheet1 = "xl/worksheets/sheet1.xml", Strings = "xl/sharedStrings.xml";
        var decimals = target is Target.IndicatorXlsx or Target.ParksXlsx or Target.WasteXlsx;
        var part = Part();
        var read = part is Sheet1 or Strings or "xl/workbook.xml";
        switch (_random.Next(20))
        {
            case 0: return ("truncate", valid[.._random.Next(valid.Length)], true);
            case 1: return ("flip", Flip(valid), false);
            case 2:
                return ("dtd-bomb", Rewrite(valid, _random.Next(2) == 0 ? Sheet1 : Strings, x => Prolog(x, "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>")
                    .Replace("<t>", "<t>&d;", StringComparison.Ordinal)), true);
            case 3:
                return ("xxe", Rewrite(valid, _random.Next(2) == 0 ? Sheet1 : Strings, x => Prolog(x, "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                    .Replace("<sheetData>", "<sheetData>&x;", StringComparison.Ordinal).Replace("<t>", "<t>&x;", StringComparison.Ordinal)), true);
            case 4: return ("missing-part " + part, Rewrite(valid, part, null), read);
            case 5: return ("stored", Rewrite(valid, null, x => x, CompressionLevel.NoCompression), false);
            case 6:
                var reference = new[] { "A0", "XFE2", "2A", "ZZZZZ2", "", "A99999999", "A1048577", "-1" }[_random.Next(8)];
                return ("bad-ref " + reference, Rewrite(valid, Sheet1, x => x.Replace("r=\"A2\"", "r=\"" + reference + "\"", StringComparison.Ordinal)), true);
            case 7: return ("column-xfd", Rewrite(valid, Sheet1, x => Regex.Replace(x, "(<row r=\"2\">.*?)</row>", "$1<c r=\"XFD2\"><v>1</v></c></row>")), false);
            case 8: return ("huge-dimension", Rewrite(valid, Sheet1, x => x.Replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>", StringComparison.Ordinal)), false);
            case 9: return ("duplicate-sheet", Rewrite(valid, "xl/workbook.xml", x => x.Replace("</sheets>", "<sheet name=\"" + SheetName(x) + "\" sheetId=\"9\" r:id=\"rId1\"/></sheets>", StringComparison.Ordinal)), true);
            case 10: return ("utf16-bom-latin1", Rewrite(valid, read ? part : Sheet1, x => x, bytes: s => [0xFF, 0xFE, 0x00, .. Encoding.Latin1.GetBytes(s)]), true);
            case 11: return ("invalid-utf8", Rewrite(valid, Strings, x => x, bytes: s => InsertBytes(Encoding.UTF8.GetBytes(s), "<t>"u8.ToArray(), [0xC3, 0x28, 0xFF])), true);
            case 12: return ("huge-number", Rewrite(valid, Sheet1, x => Regex.Replace(x, "(<c r=\"[A-Z]+2\")><v>[0-9.]+</v>", "$1><v>" + Huge() + "</v>")), decimals);
            case 13: return ("formula-without-value", Rewrite(valid, Sheet1, x => Regex.Replace(x, "<c r=\"D2\"><v>[0-9.]+</v></c>", "<c r=\"D2\"><f>SUM(1,1)</f></c>")), target == Target.IndicatorXlsx);
            case 14: return ("bad-shared-string", Rewrite(valid, Sheet1, x => Regex.Replace(x, "t=\"s\"><v>[0-9]+</v>", "t=\"s\"><v>" + new[] { "99999", "-1", "x", "" }[_random.Next(4)] + "</v>")), true);
            case 15: return ("not-xml " + part, Rewrite(valid, part, x => x[..(x.Length / 2)]), read);
            case 16: return ("zip-bomb", Rewrite(valid, Sheet1, x => x.Replace("</sheetData>", "</sheetData>" + new string(' ', 3 << 20), StringComparison.Ordinal)), true);
            case 17: return ("bad-cell-type", Rewrite(valid, Sheet1, x => x.Replace("<c r=\"A2\"", "<c r=\"A2\" t=\"q\"", StringComparison.Ordinal)), true);
            case 18: return ("broken-zip", BreakDirectory(valid), true);
            default: return ("many-parts", Rewrite(valid, null, x => x, extra: 600), true);
        }
    }

    private string Part() => new[] { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "[Content_Types].xml" }[_random.Next(6)];

    private static string SheetName(string workbook)
    {
        var at = workbook.IndexOf("name=\"", StringComparison.Ordinal) + 6;
        return workbook[at..workbook.IndexOf('"', at)];
    }

    private static string Prolog(string xml, string dtd)
    {
        var end = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        return xml[..end] + dtd + xml[end..];
    }

    private static byte[] InsertBytes(byte[] bytes, byte[] after, byte[] inserted)
    {
        var at = bytes.AsSpan().IndexOf(after);
        return at < 0 ? bytes : [.. bytes[..(at + after.Length)], .. inserted, .. bytes[(at + after.Length)..]];
    }

    /// <summary>Breaks the signature of the zip's central directory, where a reader finds the parts.</summary>
    private byte[] BreakDirectory(byte[] valid)
    {
        var bytes = (byte[])valid.Clone();
        var at = _random.Next(2) == 0 ? bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8) : bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        bytes[at + 2] = 0x7F;
        return bytes;
    }

    /// <summary>Copies the package, changing (or, with a null change, dropping) one part, optionally adding empty parts.</summary>
    private static byte[] Rewrite(byte[] valid, string? part, Func<string, string>? change, CompressionLevel level = CompressionLevel.Optimal, Func<string, byte[]>? bytes = null, int extra = 0)
    {
        using var input = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (part is null || entry.FullName == part)
                {
                    if (change is null)
                    {
                        continue;
                    }

                    text = change(text);
                }

                using var stream = zip.CreateEntry(entry.FullName, level).Open();
                stream.Write(bytes is not null && entry.FullName == part ? bytes(text) : Encoding.UTF8.GetBytes(text));
            }

            for (var i = 0; i < extra; i++)
            {
                zip.CreateEntry($"xl/media/extra{i}.bin", CompressionLevel.NoCompression).Open().Dispose();
            }
        }

        return output.ToArray();
    }
}
