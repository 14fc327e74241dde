namespace TheoDoi.Imports;

/// <summary>Counts the bytes of a part as it inflates and refuses it past its bound, whatever its header claims.</summary>
internal sealed class LimitedStream(Stream inner, long limit, string part) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > limit)
        {
            throw new XlsxRejectedException(new($"Phần \"{part}\" giải nén lớn hơn kích thước khai báo hoặc giới hạn ({limit:N0} byte).",
                $"The part \"{part}\" inflates beyond its declared size or the limit ({limit:N0} bytes)."));
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
