using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>Imports groundwater restricted zones from GeoJSON, all or nothing; each refusal names its feature; a zone already held (same name and decision) is replaced.</summary>
public sealed class ImportZones(AppDbContext db)
{
    public async Task<UseCaseResult<int>> RunAsync(string geoJson, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!LicenceRegister.MayEdit(user))
        {
            return UseCaseResult.Forbidden("Bạn không được nhập vùng hạn chế khai thác.", "You may not import restricted zones.");
        }

        var (features, problems) = ZoneGeoJson.Read(geoJson);
        if (problems.Count > 0)
        {
            return UseCaseResult.Refused(Outcome.Invalid, [.. problems.Select(p => new ItemProblem(p.Feature, "features", p.Reason.Vi, p.Reason.En))]);
        }

        // A zone is known by its name and the decision that drew it: the same file imported again, or a
        // corrected boundary, replaces that zone instead of adding a copy that flags every work twice.
        var stored = await db.GroundwaterZones.ToListAsync(ct);
        foreach (var f in features)
        {
            var zone = stored.FirstOrDefault(z => Same(z.Name, f.Name) && Same(z.Decision, f.Decision));
            if (zone is null)
            {
                zone = new GroundwaterZone { Name = f.Name, Decision = f.Decision, Coordinates = "" };
                db.GroundwaterZones.Add(zone);
                stored.Add(zone);
            }

            zone.ValidFrom = f.ValidFrom;
            zone.Kind = f.Kind == "prohibited" ? ZoneKind.Prohibited : ZoneKind.Restricted;
            zone.Coordinates = ZoneGeoJson.Write(f.Rings);
        }

        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(features.Count);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
