namespace TheoDoi.Data;

/// <summary>A key/value fact about this installation (e.g. that it holds demo data).</summary>
public sealed class SystemSetting
{
    public const string DemoData = "demo-data";

    public required string Key { get; set; }
    public required string Value { get; set; }
}
