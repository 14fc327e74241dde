namespace TheoDoi.Data;

/// <summary>
/// Facts about this installation that every page shows, read once at start from the database (so
/// they live with the data: <see cref="Seed.DatabasePreparation"/> sets them without the web app).
/// </summary>
public sealed class Installation
{
    /// <summary>True when the database holds demo data: every page then says "Dữ liệu minh họa".</summary>
    public bool HasDemoData { get; set; }
}
