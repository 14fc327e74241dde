namespace TheoDoi.Audit;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
}

/// <summary>One recorded change of one row: who, when, what, and the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public AuditAction Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }

    /// <summary>JSON object: property → { "old": …, "new": … }.</summary>
    public required string Changes { get; set; }
}
