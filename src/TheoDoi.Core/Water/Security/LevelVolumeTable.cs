using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>One row of a reservoir's level–volume table: level in m, volume in hm³ (10⁶ m³).</summary>
public sealed record LevelVolumeRow(decimal LevelM, decimal VolumeHm3);

/// <summary>
/// A reservoir's level–volume table, read linearly between rows (BoM Water Storage, as cited in
/// docs/reference/water-security.md). Never extrapolated: beyond the table nobody knows the shape.
/// </summary>
public sealed class LevelVolumeTable
{
    private readonly LevelVolumeRow[] _rows;

    private LevelVolumeTable(LevelVolumeRow[] rows) => _rows = rows;

    public IReadOnlyList<LevelVolumeRow> Rows => _rows;

    public decimal MinLevel => _rows[0].LevelM;

    public decimal MaxLevel => _rows[^1].LevelM;

    /// <summary>Refuses fewer than 2 rows, a negative volume, or columns that are not strictly increasing (naming the row, 1-based).</summary>
    public static Computed<LevelVolumeTable> Build(IReadOnlyList<LevelVolumeRow> rows)
    {
        if (rows.Count < 2)
        {
            return Computed<LevelVolumeTable>.Refused(new(
                $"Bảng mực nước – dung tích cần ít nhất 2 dòng, hiện có {rows.Count}",
                $"A level–volume table needs at least 2 rows, has {rows.Count}"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].VolumeHm3 < 0)
            {
                return Computed<LevelVolumeTable>.Refused(new($"Dòng {i + 1}: dung tích âm", $"Row {i + 1}: negative volume"));
            }

            if (i > 0 && (rows[i].LevelM <= rows[i - 1].LevelM || rows[i].VolumeHm3 <= rows[i - 1].VolumeHm3))
            {
                return Computed<LevelVolumeTable>.Refused(new(
                    $"Dòng {i + 1}: mực nước và dung tích phải tăng dần so với dòng {i}",
                    $"Row {i + 1}: level and volume must both be greater than in row {i}"));
            }
        }

        return Computed<LevelVolumeTable>.Ok(new([.. rows]), new($"Bảng {rows.Count} dòng", $"Table of {rows.Count} rows"));
    }

    /// <summary>The volume (hm³) at <paramref name="level"/>: linear between the two rows around it.</summary>
    public Computed<decimal> VolumeAt(decimal level)
    {
        if (level < MinLevel || level > MaxLevel)
        {
            return Computed<decimal>.Refused(Both(
                c => $"Mực nước {N(level, c)} m nằm ngoài bảng ({N(MinLevel, c)}–{N(MaxLevel, c)} m); không ngoại suy",
                c => $"Level {N(level, c)} m is outside the table ({N(MinLevel, c)}–{N(MaxLevel, c)} m); not extrapolated"));
        }

        var upper = 1;
        while (_rows[upper].LevelM < level)
        {
            upper++;
        }

        var (a, b) = (_rows[upper - 1], _rows[upper]);
        var volume = a.VolumeHm3 + ((level - a.LevelM) / (b.LevelM - a.LevelM) * (b.VolumeHm3 - a.VolumeHm3));
        return Computed<decimal>.Ok(volume, Both(
            c => $"Nội suy giữa {N(a.LevelM, c)} m ({N(a.VolumeHm3, c)} hm³) và {N(b.LevelM, c)} m ({N(b.VolumeHm3, c)} hm³): {N(volume, c)} hm³",
            c => $"Linear between {N(a.LevelM, c)} m ({N(a.VolumeHm3, c)} hm³) and {N(b.LevelM, c)} m ({N(b.VolumeHm3, c)} hm³): {N(volume, c)} hm³"));
    }
}
