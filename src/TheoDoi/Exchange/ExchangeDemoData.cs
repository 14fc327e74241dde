using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Water;

namespace TheoDoi.Exchange;

/// <summary>
/// The partner demo (<c>--demo</c>, issue 10 item 8): a demo partner standing for Cambodia's Ministry of
/// Water Resources and Meteorology, an agreement for the two Vàm Cỏ Đông border stations
/// (<see cref="BorderDemoData"/>; quality and level-discharge, signed nine months ago, valid to the end
/// of next year), an API key whose secret is kept with the demo passwords (data/demo-accounts.txt) so
/// the demo can be tried against /sta/v1.1, a few logged requests, and corrections after sharing made
/// through the normal use cases: a re-analysed COD and a corrected level imported over their values, a
/// TSS value rejected. Loading twice adds nothing; a lost key file gets a new key.
/// </summary>
public static class ExchangeDemoData
{
    public const string PartnerName = "Bộ Tài nguyên nước và Khí tượng Campuchia (MOWRAM) – đối tác minh họa (demo)";
    public const string KeyName = "demo-partner-key";
    public const string CorrectionsFile = BorderDemoData.FilePrefix + "corrections.csv";

    /// <returns>The demo partner's API key.</returns>
    public static async Task<string> LoadAsync(IServiceProvider scoped, CancellationToken ct = default)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        var clock = scoped.GetRequiredService<TimeProvider>();
        var accounts = scoped.GetRequiredService<DemoAccounts>();
        var manage = scoped.GetRequiredService<ManagePartners>();
        using var actor = AuditActor.As("demo");
        var today = VietnamTime.Today(clock);
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Partner.Name == PartnerName).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (agreement is null)
        {
            var signed = new DateOnly(today.Year, today.Month, 1).AddMonths(-9);
            var saved = await manage.SaveAsync(new ManagePartners.SaveRequest(
                null, null, PartnerName, "KH", "Đầu mối minh họa – demo contact (không có thật)",
                "Thỏa thuận chia sẻ số liệu sông Vàm Cỏ Đông (văn bản minh họa, demo)", signed, new DateOnly(today.Year + 1, 12, 31),
                "quality,level-discharge", null, BorderDemoData.QualityStation + "," + BorderDemoData.RiverStation,
                new DateOnly(today.Year - 2, 1, 1), null, IncludesRaw: false), ct);
            agreement = saved.IsDone ? saved.Done().AgreementId : throw new InvalidOperationException("demo partner refused: " + string.Join("; ", saved.Messages.Select(m => m.En)));
        }

        var key = accounts.SavedSecret(KeyName);
        var keys = await db.PartnerKeys.AsNoTracking().Where(k => k.AgreementId == agreement && k.RevokedAt == null).ToListAsync(ct);
        if (key is null || !keys.Any(k => k.Prefix == PartnerKeys.PrefixOf(key) && PartnerKeys.Matches(key, k.SecretHash)))
        {
            var issued = await manage.IssueKeyAsync(agreement.Value, ct);
            key = issued.IsDone ? issued.Done().Key : throw new InvalidOperationException("demo key refused: " + string.Join("; ", issued.Messages.Select(m => m.En)));
            await accounts.SaveSecretAsync(KeyName, key, ct);
        }

        if (!await db.ExchangeRequests.AnyAsync(r => r.AgreementId == agreement, ct))
        {
            await LogAsync(db, agreement.Value, clock.GetUtcNow().UtcDateTime, ct);
        }

        if (!await db.WaterImportBatches.AnyAsync(b => b.FileName == CorrectionsFile, ct))
        {
            await CorrectAsync(scoped, clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)), ct);
        }

        return key;
    }

    /// <summary>
    /// A few requests in the exchange log, as a partner's client makes them. Made up (demo): no body was
    /// sent, so they carry no SHA-256; the counts and sizes are plausible, not measured.
    /// </summary>
    private static async Task LogAsync(AppDbContext db, int agreementId, DateTime now, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Keys).SingleAsync(a => a.Id == agreementId, ct);
        var key = agreement.Keys.OrderBy(k => k.Id).First();
        (int DaysAgo, string Path, int Status, long? Values, long Bytes, string? Refusal)[] rows =
        [
            (40, "/sta/v1.1/Things", 200, 2, 2_410, null),
            (40, "/sta/v1.1/Datastreams?$filter=Thing/properties/code eq '" + BorderDemoData.RiverStation + "'", 200, 2, 3_150, null),
            (21, "/api/v1/public/water/stations/" + BorderDemoData.RiverStation + "/observations?parameter=Q", 200, 8_760, 612_000, null),
            (21, "/api/v1/public/water/stations/" + BorderDemoData.QualityStation + "/export?format=csv", 200, 230, 14_200, null),
            (7, "/api/v1/public/water/stations/VCD-GODAU/observations?parameter=H", 404, null, 180, "station outside the agreement"),
        ];
        db.ExchangeRequests.AddRange(rows.Select(r => new ExchangeRequest
        {
            At = now.AddDays(-r.DaysAgo),
            KeyId = key.Id,
            AgreementId = agreement.Id,
            PartnerId = agreement.PartnerId,
            KeyPrefix = key.Prefix,
            Method = "GET",
            Path = r.Path,
            Status = r.Status,
            Values = r.Values,
            Bytes = r.Bytes,
            Refusal = r.Refusal,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Corrections after sharing, through the use cases a data steward uses: the laboratory's re-run of
    /// a COD five months back and a level three months back read against a re-surveyed gauge, imported
    /// over the shared values (the import updates and audits them), and a TSS value of four months back
    /// rejected (a broken filter, demo).
    /// </summary>
    private static async Task CorrectAsync(IServiceProvider scoped, DateTimeOffset now, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        var quality = await db.WaterStations.AsNoTracking().SingleAsync(s => s.Code == BorderDemoData.QualityStation, ct);
        var river = await db.WaterStations.AsNoTracking().SingleAsync(s => s.Code == BorderDemoData.RiverStation, ct);
        var parameters = await db.WaterParameters.AsNoTracking().Where(p => p.Code == "COD" || p.Code == "H").ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        var cod = BorderDemoData.SampleTime(now.AddMonths(-5).Year, now.AddMonths(-5).Month);
        var level = new DateTimeOffset(now.Year, now.Month, 1, 10, 0, 0, now.Offset).AddMonths(-3);
        async Task<double> ValueAsync(int station, int parameter, DateTimeOffset at) =>
            await db.WaterObservations.Where(o => o.StationId == station && o.ParameterId == parameter && o.ObservedAt == at.ToUnixTimeSeconds()).Select(o => o.Value).SingleAsync(ct);
        string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var csv = new StringBuilder("station,time,parameter,value,unit,qualifier\n")
            .Append(CultureInfo.InvariantCulture, $"{quality.Code},{Time(cod)},COD,{Math.Round(await ValueAsync(quality.Id, parameters["COD"], cod) * 1.35 + 1, 1)},mg/L,\n")
            .Append(CultureInfo.InvariantCulture, $"{river.Code},{Time(level)},H,{Math.Round(await ValueAsync(river.Id, parameters["H"], level) - 0.12, 2)},m,\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var imported = await scoped.GetRequiredService<WaterImportRun>().RunAsync(stream, new ImportObservations.Request(CorrectionsFile, QcState.Validated, WaterDemoData.Source), cancellationToken: ct);
        if (!imported.IsDone)
        {
            throw new InvalidOperationException("demo corrections rejected: " + string.Join("; ", imported.Problems.Take(3).Select(p => p.Located().En)));
        }

        var tss = DateOnly.FromDateTime(BorderDemoData.SampleTime(now.AddMonths(-4).Year, now.AddMonths(-4).Month).DateTime);
        var rejected = await scoped.GetRequiredService<ValidateObservations>().RunAsync(quality.Code, new ValidateObservations.Request(tss, tss, QcState.Rejected, "TSS"), ct);
        if (!rejected.IsDone)
        {
            throw new InvalidOperationException("demo rejection refused: " + string.Join("; ", rejected.Messages.Select(m => m.En)));
        }
    }
}
