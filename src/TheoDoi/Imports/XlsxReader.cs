using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using TheoDoi.Core.Texts;

namespace TheoDoi.Imports;

/// <summary>
/// The one way an uploaded XLSX is read (observations, indicator template, registries). Unlike a
/// general-purpose library it trusts nothing: the zip directory is checked against
/// <see cref="XlsxLimits"/> before any part is inflated, every part is counted while it inflates,
/// XML with a DTD is refused (so no entity bombs and no external entities), and only cells present
/// in the file are held — a cell in column XFD costs one cell, not 16,384. Every defect surfaces as
/// an <see cref="XlsxRejectedException"/> naming it; nothing else escapes.
/// </summary>
public sealed partial class XlsxReader : IDisposable
{
    public const int MaxColumn = 16_384, MaxRow = 1_048_576;

    private static readonly XmlReaderSettings s_xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        MaxCharactersFromEntities = 0,
    };

    private readonly ZipArchive _zip;
    private readonly Stream _buffer;
    private readonly XlsxLimits _limits;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly Dictionary<string, string> _sheetParts;
    private readonly List<string> _sharedStrings = [];
    private readonly HashSet<int> _dateStyles = [];
    private bool _hasSharedStrings;
    private int _cells;

    public IReadOnlyList<string> SheetNames { get; }

    private XlsxReader(Stream buffer, ZipArchive zip, XlsxLimits limits, Dictionary<string, ZipArchiveEntry> entries)
    {
        _buffer = buffer;
        _zip = zip;
        _limits = limits;
        _entries = entries;
        var (names, parts) = ReadWorkbook();
        SheetNames = names;
        _sheetParts = parts;
        ReadStyles();
        ReadSharedStrings();
    }

    /// <summary>Opens an upload; throws <see cref="XlsxRejectedException"/> for anything that is not a sound workbook within the limits.</summary>
    public static XlsxReader Open(Stream upload, XlsxLimits limits, CancellationToken cancellationToken = default)
    {
        var buffer = Buffer(upload, limits, cancellationToken);
        try
        {
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
            {
                throw new XlsxRejectedException(new("Tệp không phải là tệp Excel (.xlsx): không đọc được cấu trúc nén (zip).", "The file is not an XLSX workbook: its zip structure cannot be read."));
            }

            var entries = CheckEntries(zip, limits);
            return new XlsxReader(buffer, zip, limits, entries);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static MemoryStream Buffer(Stream upload, XlsxLimits limits, CancellationToken cancellationToken)
    {
        if (upload.CanSeek && upload.Length - upload.Position > limits.MaxFileBytes)
        {
            throw TooLarge(limits);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = upload.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static XlsxRejectedException TooLarge(XlsxLimits limits) =>
        new(new($"Tệp lớn hơn {limits.MaxFileBytes >> 20} MB.", $"The file is larger than {limits.MaxFileBytes >> 20} MB."));

    private static Dictionary<string, ZipArchiveEntry> CheckEntries(ZipArchive zip, XlsxLimits limits)
    {
        IReadOnlyCollection<ZipArchiveEntry> all;
        try
        {
            all = zip.Entries;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new XlsxRejectedException(new("Tệp nén (zip) bị hỏng: không đọc được danh mục các phần.", "The zip is broken: its directory cannot be read."));
        }

        if (all.Count > limits.MaxEntries)
        {
            throw new XlsxRejectedException(new($"Tệp có {all.Count} phần; tối đa {limits.MaxEntries}.", $"The file has {all.Count} parts; at most {limits.MaxEntries} are accepted."));
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in all)
        {
            var name = entry.FullName.Replace('\\', '/').TrimStart('/');
            if (!entries.TryAdd(name, entry))
            {
                throw new XlsxRejectedException(new($"Phần \"{name}\" xuất hiện hai lần trong tệp.", $"The part \"{name}\" appears twice in the file."));
            }

            total += entry.Length;
            if (entry.Length > limits.MaxPartBytes || total > limits.MaxTotalBytes)
            {
                throw new XlsxRejectedException(new($"Phần \"{name}\" giải nén quá lớn ({entry.Length >> 20} MB; tối đa {limits.MaxPartBytes >> 20} MB một phần, {limits.MaxTotalBytes >> 20} MB cả tệp).",
                    $"The part \"{name}\" inflates too far ({entry.Length >> 20} MB; at most {limits.MaxPartBytes >> 20} MB a part, {limits.MaxTotalBytes >> 20} MB in all)."));
            }

            if (entry.Length > XlsxLimits.RatioFloor && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxRatio)
            {
                throw new XlsxRejectedException(new($"Phần \"{name}\" có tỷ lệ nén bất thường ({entry.Length / Math.Max(1, entry.CompressedLength)}:1; tối đa {limits.MaxRatio}:1).",
                    $"The part \"{name}\" has an abnormal compression ratio ({entry.Length / Math.Max(1, entry.CompressedLength)}:1; at most {limits.MaxRatio}:1)."));
            }
        }

        return entries;
    }

    /// <summary>An XML reader over one part, counted while it inflates and refusing DTDs.</summary>
    private XmlReader Part(string name, bool required = true)
    {
        if (!_entries.TryGetValue(name, out var entry))
        {
            if (!required)
            {
                return XmlReader.Create(new StringReader("<empty/>"), s_xml);
            }

            throw new XlsxRejectedException(new($"Thiếu phần \"{name}\" của tệp Excel.", $"The workbook part \"{name}\" is missing."));
        }

        try
        {
            var limited = new LimitedStream(entry.Open(), Math.Min(_limits.MaxPartBytes, Math.Max(entry.Length, 0)), name);
            return XmlReader.Create(limited, s_xml);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new XlsxRejectedException(new($"Phần \"{name}\" bị hỏng, không giải nén được.", $"The part \"{name}\" is corrupt and cannot be inflated."));
        }
    }

    /// <summary>Runs <paramref name="read"/> over a part, turning every parsing failure into a named refusal.</summary>
    private T Parse<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            throw new XlsxRejectedException(new($"Phần \"{name}\" chứa khai báo DTD; tệp Excel hợp lệ không có, nên tệp bị từ chối.",
                $"The part \"{name}\" contains a DTD, which a genuine workbook never has; the file is refused."));
        }
        catch (XmlException e)
        {
            throw new XlsxRejectedException(new($"Phần \"{name}\" không phải XML hợp lệ (dòng {e.LineNumber}, vị trí {e.LinePosition}).",
                $"The part \"{name}\" is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}"));
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            throw new XlsxRejectedException(new($"Phần \"{name}\" có mã ký tự không hợp lệ (không phải UTF-8/UTF-16).", $"The part \"{name}\" has an invalid character encoding."));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new XlsxRejectedException(new($"Phần \"{name}\" bị hỏng, không giải nén được.", $"The part \"{name}\" is corrupt and cannot be inflated."));
        }
    }

    public void Dispose()
    {
        _zip.Dispose();
        _buffer.Dispose();
    }
}
