namespace TheoDoi.Plans;

/// <summary>A resolution or plan the tracked plan rests on (24-NQ/TW, 154/NQ-CP, 512-KH/BCSĐTNMT).</summary>
public sealed class LegalDocument
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly IssuedOn { get; set; }
    public required string Issuer { get; set; }
    public string? IssuerEn { get; set; }
}
