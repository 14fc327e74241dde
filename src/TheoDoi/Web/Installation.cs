using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>Facts about this installation that every page shows, read once at start.</summary>
public sealed class Installation
{
    /// <summary>True when the database holds demo data: every page then says "Dữ liệu minh họa".</summary>
    public bool HasDemoData { get; set; }
}
