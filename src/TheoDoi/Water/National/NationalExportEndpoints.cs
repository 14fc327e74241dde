using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Accounts;
using TheoDoi.Shared;

namespace TheoDoi.Water.National;

/// <summary><c>GET /api/v1/water/national-export</c>: the national database export, for data stewards and admins.</summary>
public static class NationalExportEndpoints
{
    public static RouteGroupBuilder MapNationalExport(this RouteGroupBuilder api)
    {
        api.MapGet("/water/national-export", Results<PushStreamHttpResult, UseCaseProblem> (DateOnly? from, DateOnly? to, NationalExport export, HttpContext http, CancellationToken ct) =>
        {
            var plan = export.Check(new NationalExport.Request(from, to));
            // A ZIP entry's stream writes its data descriptor (16–24 bytes) synchronously when disposed,
            // even through ZipArchive.CreateAsync (.NET 10); the rows themselves are written asynchronously.
            if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }

            return plan.IsDone
                ? TypedResults.Stream(stream => export.WriteAsync(plan.Done(), stream, ct), "application/zip", plan.Done().FileName)
                : new UseCaseProblem(plan.Status);
        })
            .RequireAuthorization(Policies.DataStewardship)
            .WithTags("Water")
            .ProducesFile("application/zip")
            .WithSummary("The stations, the validated observations of the period (default: the last 12 months) and the licences valid in it, in the national " +
                "water-resource data structure (Thông tư 64/2025/TT-BNNMT): a ZIP of UTF-8 CSV files, one a table, with national-mapping.csv (national field, " +
                "meaning, TheoDoi source, unit, code list). The field names are TheoDoi's reading: the circular's annexes are not in the repository. Streamed. 400 when from is after to.");
        return api;
    }
}
