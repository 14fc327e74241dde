namespace TheoDoi.Imports;

/// <summary>
/// A small request body read whole within its bound, whatever its Content-Length says: a chunked body
/// declares none, so a check of the header alone lets any size through.
/// </summary>
public static class BoundedBody
{
    /// <returns>The body from its start, or null when it is longer than <paramref name="maxBytes"/> (reading stops there).</returns>
    public static async Task<MemoryStream?> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
