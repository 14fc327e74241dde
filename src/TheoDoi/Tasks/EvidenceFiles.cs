using System.Security.Cryptography;
using System.Text;
using TheoDoi.Core.Texts;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

/// <summary>
/// Uploaded files (task evidence, report attachments): checked (size, type, and that the bytes are
/// what the extension claims), stored under the data directory under a generated name, and never
/// executed or served inline.
/// </summary>
public sealed class EvidenceFiles(DataOptions data, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Allowed kinds: documents, spreadsheets, images, plain text. Nothing executable.</summary>
    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> Looks)> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => StartsWith(b, "%PDF-"u8)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsZip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IsZip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", IsZip),
        [".doc"] = ("application/msword", IsOle),
        [".xls"] = ("application/vnd.ms-excel", IsOle),
        [".png"] = ("image/png", b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".jpg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".txt"] = ("text/plain; charset=utf-8", IsText),
        [".csv"] = ("text/csv; charset=utf-8", IsText),
    };

    public static string AllowedList => string.Join(", ", s_kinds.Keys);

    public sealed record Stored(string FileName, string StoredPath, string ContentType, long Size, string Sha256);

    /// <summary>Checks and stores a file; returns the reason in Vietnamese and English when refused.</summary>
    public async Task<(Stored? File, Bilingual? Error)> SaveAsync(string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return (null, new("Tên tệp không hợp lệ.", "Invalid file name."));
        }

        if (length <= 0)
        {
            return (null, new($"Tệp {name} rỗng.", $"The file {name} is empty."));
        }

        if (length > MaxBytes)
        {
            return (null, new($"Tệp {name} vượt quá {MaxBytes / 1024 / 1024} MB.", $"The file {name} is larger than {MaxBytes / 1024 / 1024} MB."));
        }

        if (!s_kinds.TryGetValue(Path.GetExtension(name), out var kind))
        {
            return (null, new($"Loại tệp của {name} không được phép; chỉ nhận {AllowedList}.", $"The file type of {name} is not allowed; only {AllowedList}."));
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes)
        {
            return (null, new($"Tệp {name} vượt quá {MaxBytes / 1024 / 1024} MB.", $"The file {name} is larger than {MaxBytes / 1024 / 1024} MB."));
        }

        if (!kind.Looks(bytes))
        {
            return (null, new($"Nội dung tệp {name} không đúng định dạng {Path.GetExtension(name)}.", $"The content of {name} does not match its extension {Path.GetExtension(name)}."));
        }

        var relative = Path.Combine("uploads", "evidence", clock.GetUtcNow().ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + ".bin");
        var full = Path.Combine(data.DataDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken);
        return (new Stored(name, relative, kind.ContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    public Stream Open(TaskEvidence evidence)
    {
        return Open(evidence.StoredPath);
    }

    public Stream Open(string storedPath)
    {
        var full = Path.GetFullPath(Path.Combine(data.DataDirectory, storedPath));
        // Stored paths are generated, but a tampered row must still not reach outside the data directory.
        if (!full.StartsWith(Path.GetFullPath(data.DataDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("evidence path outside the data directory");
        }

        return File.OpenRead(full);
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    private static bool IsZip(byte[] bytes) => StartsWith(bytes, [0x50, 0x4B, 0x03, 0x04]);

    private static bool IsOle(byte[] bytes) => StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    private static bool IsText(byte[] bytes)
    {
        if (bytes.AsSpan().Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
