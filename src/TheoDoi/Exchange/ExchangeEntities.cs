using TheoDoi.Core.Exchange;

namespace TheoDoi.Exchange;

/// <summary>An organisation data is shared with (issue 10, item 3): a neighbouring basin authority, a river commission, a university.</summary>
public sealed class Partner
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code ("VN", "KH", "LA").</summary>
    public required string Country { get; set; }
    public string? Contact { get; set; }
    public List<Agreement> Agreements { get; } = [];
}

/// <summary>
/// What is shared with a partner and until when: the data groups, the stations (or the whole basin,
/// sub-basins included), the period of the data and whether raw (unvalidated) data is included.
/// Its keys expire with it.
/// </summary>
public sealed class Agreement
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;

    /// <summary>The signed document: its number and title, or where it is filed.</summary>
    public required string Document { get; set; }
    public DateOnly SignedOn { get; set; }

    /// <summary>The last day (Việt Nam time) the agreement and its keys are valid.</summary>
    public DateOnly ExpiresOn { get; set; }
    public DataGroups Groups { get; set; }

    /// <summary>A basin code (its sub-basins included) when the whole basin is shared; otherwise <see cref="StationCodes"/>.</summary>
    public string? BasinCode { get; set; }

    /// <summary>Comma-separated station codes, when not the whole basin.</summary>
    public string StationCodes { get; set; } = "";
    public DateOnly? DataFrom { get; set; }
    public DateOnly? DataTo { get; set; }
    public bool IncludesRaw { get; set; }
    public List<PartnerKey> Keys { get; } = [];

    public IReadOnlyList<string> Stations => StationCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// An API key of an agreement. Only its SHA-256 is kept (the key is shown once, when issued); the
/// prefix identifies it in lists and in the exchange log. It is valid until revoked or until its
/// agreement expires.
/// </summary>
public sealed class PartnerKey
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public Agreement Agreement { get; set; } = null!;
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>
/// One request made with a partner key (issue 10, item 4), answered or refused: which key and
/// agreement, what was asked, how many values and bytes were sent and the SHA-256 of the body sent,
/// so a partner's copy can be proven to be what TheoDoi sent. Not audited: it is itself a log.
/// </summary>
public sealed class ExchangeRequest
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? KeyId { get; set; }
    public int? AgreementId { get; set; }
    public int? PartnerId { get; set; }

    /// <summary>The prefix the caller sent, also for an unknown or refused key.</summary>
    public string? KeyPrefix { get; set; }
    public required string Method { get; set; }
    public required string Path { get; set; }
    public int Status { get; set; }
    public long? Values { get; set; }
    public long Bytes { get; set; }
    public string? Sha256 { get; set; }

    /// <summary>Why it was refused (English), for refusals.</summary>
    public string? Refusal { get; set; }
}
