namespace TheoDoi.Accounts;

/// <summary>The five roles of TheoDoi (see docs/DESIGN.md, "Who uses it").</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Reporter = "reporter";
    public const string DataSteward = "steward";
    public const string Leader = "leader";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Coordinator, Reporter, DataSteward, Leader, Admin];

    public static string DisplayName(string role, bool english) => (role, english) switch
    {
        (Coordinator, false) => "Điều phối (Vụ KH-TC)",
        (Coordinator, true) => "Coordinator",
        (Reporter, false) => "Đơn vị báo cáo",
        (Reporter, true) => "Reporter",
        (DataSteward, false) => "Quản lý dữ liệu",
        (DataSteward, true) => "Data steward",
        (Leader, false) => "Lãnh đạo",
        (Leader, true) => "Leader",
        (Admin, false) => "Quản trị hệ thống",
        (Admin, true) => "Administrator",
        _ => role,
    };
}

/// <summary>Authorization policies; every endpoint names one of these (or allows anonymous access).</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Reads everything that is not a unit's draft: coordinator, leader, admin.</summary>
    public const string Oversight = "oversight";

    /// <summary>Reads the audit trail: coordinator and admin.</summary>
    public const string Audit = "audit";

    /// <summary>Changes plan data: coordinator and admin.</summary>
    public const string ManagePlan = "manage-plan";

    /// <summary>Reviews unit reports (return, accept, late entry): coordinator.</summary>
    public const string Review = "review";
    /// <summary>Imports and validates monitoring data (stations, observations): data stewards and admin.</summary>
    public const string DataStewardship = "data-stewardship";

    /// <summary>The changes feed of shared values: a partner key (its agreement's changes) or an admin (all).</summary>
    public const string ExchangeChanges = "exchange-changes";

    /// <summary>Users and reference data: admin.</summary>
    public const string Admin = "admin";
}
