namespace TheoDoi.Water.Licences;

/// <summary>Where a licensed work takes its water (Nghị định 54/2024/NĐ-CP: nước mặt, nước dưới đất).</summary>
public enum WaterSource
{
    Surface,
    Ground,
}

public enum LicenceState
{
    /// <summary>Còn hiệu lực.</summary>
    Active,

    /// <summary>Tạm dừng (suspended).</summary>
    Suspended,

    /// <summary>Thu hồi (revoked).</summary>
    Revoked,
}

/// <summary>Vùng cấm or vùng hạn chế khai thác nước dưới đất (e.g. Quyết định 3225/QĐ-UBND TP.HCM, docs/reference/water-security.md).</summary>
public enum ZoneKind
{
    Restricted,
    Prohibited,
}

/// <summary>
/// A licence to abstract water (giấy phép khai thác, sử dụng tài nguyên nước, Nghị định 54/2024/NĐ-CP):
/// its work, its daily maximum and its validity. Audited by the interceptor like every entity.
/// </summary>
public sealed class WaterLicence
{
    public int Id { get; set; }

    /// <summary>The licence number as issued (e.g. "123/GP-BTNMT"); unique.</summary>
    public required string Number { get; set; }

    /// <summary>The holder: an organisation or a person (so the public API leaves it out).</summary>
    public required string Holder { get; set; }
    public WaterSource Source { get; set; }

    /// <summary>The river, reservoir or aquifer (e.g. qp2-3) abstracted from.</summary>
    public required string WaterBody { get; set; }

    /// <summary>Code of the province the work lies in (a unit code).</summary>
    public required string Province { get; set; }
    public decimal Latitude { get; set; }
    public decimal Longitude { get; set; }
    public required string Purpose { get; set; }
    public decimal MaxM3PerDay { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public required string IssuingBody { get; set; }
    public LicenceState State { get; set; }

    /// <summary>A monitoring station of the work whose validated daily readings (m³/day) are its monitored abstraction (Thông tư 17/2021/TT-BTNMT).</summary>
    public string? StationCode { get; set; }
    public bool IsDemo { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
    public List<LicenceVolume> Volumes { get; } = [];
}

/// <summary>A month's abstracted volume as reported by the holder (source "reported").</summary>
public sealed class LicenceVolume
{
    public int Id { get; set; }
    public int LicenceId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal VolumeM3 { get; set; }
    public string Source { get; set; } = "reported";
    public bool IsDemo { get; set; }
}

/// <summary>A groundwater restricted or prohibited zone, imported as a GeoJSON polygon with its decision.</summary>
public sealed class GroundwaterZone
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The decision that drew it (e.g. "3225/QĐ-UBND").</summary>
    public required string Decision { get; set; }
    public DateOnly ValidFrom { get; set; }
    public ZoneKind Kind { get; set; }

    /// <summary>The polygon's rings as GeoJSON coordinates ([[[lon, lat], …], …]), outer ring first.</summary>
    public required string Coordinates { get; set; }
    public bool IsDemo { get; set; }
}
