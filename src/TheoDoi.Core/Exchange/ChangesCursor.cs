using System.Buffers.Binary;
using System.Buffers.Text;

namespace TheoDoi.Core.Exchange;

/// <summary>
/// The cursor of the changes feed (issue 10, item 4: "cursor based"): the last version id answered,
/// as an opaque URL-safe token, so partners keep it as it is and the store may change behind it.
/// Stable (the same position gives the same token) and resumable: a page starts after it.
/// </summary>
public static class ChangesCursor
{
    private const byte Format = 1;

    public static string Encode(long lastId)
    {
        Span<byte> bytes = stackalloc byte[9];
        bytes[0] = Format;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], lastId);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The last id a cursor stands for; 0 (from the start) when none is given; null when it is not one of ours.</summary>
    public static long? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        Span<byte> bytes = stackalloc byte[12];
        if (cursor.Length > 16 || !Base64Url.IsValid(cursor) || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 9 || bytes[0] != Format)
        {
            return null;
        }

        var id = BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]);
        return id >= 0 ? id : null;
    }
}
