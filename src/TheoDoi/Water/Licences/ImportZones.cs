using System.Security.Claims;
using TheoDoi.Core.Water.Licences;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>Imports groundwater restricted zones from GeoJSON, all or nothing; each refusal names its feature.</summary>
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

        foreach (var f in features)
        {
            db.GroundwaterZones.Add(new GroundwaterZone
            {
                Name = f.Name,
                Decision = f.Decision,
                ValidFrom = f.ValidFrom,
                Kind = f.Kind == "prohibited" ? ZoneKind.Prohibited : ZoneKind.Restricted,
                Coordinates = ZoneGeoJson.Write(f.Rings),
            });
        }

        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(features.Count);
    }
}
