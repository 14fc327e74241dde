using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Units;
using TheoDoi.Data;
using TheoDoi.Seed;

namespace TheoDoi.Units;

/// <summary>Loads Seed/units.json: the ministry, its units, the provinces and their successions.</summary>
public static class UnitSeed
{
    public sealed record File(string Source, List<UnitRow> Units, List<SuccessionRow> Successions);

    public sealed record UnitRow(
        string Key, string Code, string Name, string? ShortName, string? NameEn, string Kind,
        string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note);

    public sealed record SuccessionRow(string From, string To, string Kind, DateOnly Effective, string? LegalBasis, string? Note);

    public static async Task LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var file = BuiltInData.Read<File>("units.json");
        var existing = await db.Units.Where(u => u.SeedKey != null).ToDictionaryAsync(u => u.SeedKey!, cancellationToken);

        // Parents first: a unit row may name a parent that appears later in the file.
        foreach (var row in file.Units.Where(r => !existing.ContainsKey(r.Key)))
        {
            existing[row.Key] = db.Units.Add(new Unit
            {
                SeedKey = row.Key,
                Code = row.Code,
                Name = row.Name,
                ShortName = row.ShortName,
                NameEn = row.NameEn,
                Kind = ParseKind(row.Kind),
                ValidFrom = row.ValidFrom,
                ValidTo = row.ValidTo,
                Note = row.Note,
            }).Entity;
        }

        foreach (var row in file.Units.Where(r => r.Parent is not null))
        {
            var unit = existing[row.Key];
            if (unit.Id == 0)
            {
                unit.Parent = existing[row.Parent!];
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var links = await db.UnitSuccessions.Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(cancellationToken);
        var known = links.Select(l => (l.PredecessorId, l.SuccessorId)).ToHashSet();
        foreach (var row in file.Successions)
        {
            var from = existing[row.From];
            var to = existing[row.To];
            if (!known.Contains((from.Id, to.Id)))
            {
                db.UnitSuccessions.Add(new UnitSuccession
                {
                    PredecessorId = from.Id,
                    SuccessorId = to.Id,
                    Effective = row.Effective,
                    Kind = ParseSuccession(row.Kind),
                    LegalBasis = row.LegalBasis,
                    Note = row.Note,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static UnitKind ParseKind(string kind) => kind switch
    {
        "ministry" => UnitKind.Ministry,
        "party" => UnitKind.Party,
        "ministry-unit" => UnitKind.MinistryUnit,
        "province" => UnitKind.Province,
        _ => throw new InvalidOperationException($"units.json: unknown unit kind '{kind}'."),
    };

    private static SuccessionKind ParseSuccession(string kind) => kind switch
    {
        "merge" => SuccessionKind.Merge,
        "rename" => SuccessionKind.Rename,
        "continue" => SuccessionKind.Continue,
        _ => throw new InvalidOperationException($"units.json: unknown succession kind '{kind}'."),
    };
}
