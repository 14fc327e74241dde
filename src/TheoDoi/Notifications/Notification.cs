namespace TheoDoi.Notifications;

/// <summary>
/// An in-app notice to the users of a unit (or of a role). <see cref="Key"/> is unique, so a
/// reminder raised twice by a job is stored — and mailed — once.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public required string Key { get; set; }

    /// <summary>The unit whose users see it; null when addressed by role.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The role whose users see it (e.g. coordinators); null when addressed to a unit.</summary>
    public string? Role { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>The English subject and body, when the feature that raised it gave them.</summary>
    public string? SubjectEn { get; set; }
    public string? BodyEn { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? MailedAt { get; set; }
}
