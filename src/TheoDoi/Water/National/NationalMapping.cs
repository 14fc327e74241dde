using TheoDoi.Core.Water;

namespace TheoDoi.Water.National;

/// <summary>One column of a national table: its name, meaning, where TheoDoi takes it from, unit and code list.</summary>
public sealed record NationalField(string Table, string Name, string MeaningVi, string MeaningEn, string Source, string Unit, string Codes);

/// <summary>
/// The national export's field list (Thông tư 64/2025/TT-BNNMT, docs/reference/water-security.md), kept
/// in ONE readable file, <c>Water/National/national-mapping.csv</c>, embedded in the application: the
/// exporter writes the tables' columns in its order under its names and ships it in every export. The
/// annexes of the circular that fix the exact field names are not in the repository, so the names are
/// TheoDoi's reading (docs/national-export.md); correcting one is a one-line change of that file.
/// </summary>
public static class NationalMapping
{
    public const string Stations = "tram_quan_trac";
    public const string Observations = "ket_qua_quan_trac";
    public const string Licences = "giay_phep";
    public const string FileName = "national-mapping.csv";

    private static readonly Lazy<(string Text, IReadOnlyList<NationalField> Fields)> s_loaded = new(Load);

    /// <summary>The mapping file as embedded, byte for byte what the export ships.</summary>
    public static string Text => s_loaded.Value.Text;

    public static IReadOnlyList<NationalField> Fields => s_loaded.Value.Fields;

    public static IReadOnlyList<NationalField> Of(string table) => [.. Fields.Where(f => f.Table == table)];

    private static (string, IReadOnlyList<NationalField>) Load()
    {
        using var stream = typeof(NationalMapping).Assembly.GetManifestResourceStream("TheoDoi.Water.National." + FileName)
            ?? throw new InvalidOperationException(FileName + " is not embedded");
        var text = new StreamReader(stream).ReadToEnd();
        var reader = new CsvRecordReader(new StringReader(text), 4096);
        var fields = new List<NationalField>();
        var header = reader.Next();
        while (reader.Next() is { } record)
        {
            if (record.IsBlank)
            {
                continue;
            }

            if (record.Fields.Count != 7 || record.Error is not null)
            {
                throw new InvalidOperationException($"{FileName} line {record.Line}: 7 fields expected ({header?.Fields.Count} in the header)");
            }

            var f = record.Fields;
            fields.Add(new NationalField(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }

        return (text, fields);
    }
}
