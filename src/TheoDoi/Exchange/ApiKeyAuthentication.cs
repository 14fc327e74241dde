using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Exchange;

/// <summary>Why a key was refused, with what is known of it, for the 401 answer and the exchange log.</summary>
public sealed record KeyRefusal(Bilingual Reason, string? Prefix, int? KeyId, int? AgreementId, int? PartnerId);

/// <summary>
/// The <c>ApiKey</c> scheme: a key in <c>X-Api-Key</c> (or <c>Authorization: ApiKey …</c>) yields a
/// partner principal carrying its key, agreement and partner. Unknown, revoked and expired keys fail
/// with a <see cref="KeyRefusal"/>. The signed-in API never names this scheme, so a partner
/// principal opens nothing there (see <see cref="PartnerGate"/>).
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyClaim = "partner-key";
    public const string AgreementClaim = "partner-agreement";
    public const string PartnerClaim = "partner";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PartnerKeys.FromRequest(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = PartnerKeys.PrefixOf(key);
        var row = prefix is null ? null : await db.PartnerKeys.AsNoTracking().Include(k => k.Agreement).ThenInclude(a => a.Partner)
            .SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (row is null || !PartnerKeys.Matches(key, row.SecretHash))
        {
            return Refuse(new("Khóa API không hợp lệ.", "The API key is not valid."), prefix, null);
        }

        if (row.RevokedAt is { } revoked)
        {
            return Refuse(new($"Khóa API {row.Prefix} đã bị thu hồi ngày {revoked.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.", $"The API key {row.Prefix} was revoked on {revoked:yyyy-MM-dd}."), prefix, row);
        }

        var expires = row.Agreement.ExpiresOn;
        if (VietnamTime.Today(clock) > expires)
        {
            return Refuse(new($"Khóa API {row.Prefix} đã hết hạn cùng thỏa thuận ngày {expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.", $"The API key {row.Prefix} expired with its agreement on {expires:yyyy-MM-dd}."), prefix, row);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, row.Agreement.Partner.Name),
            new Claim(KeyClaim, row.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(AgreementClaim, row.AgreementId.ToString(CultureInfo.InvariantCulture)),
            new Claim(PartnerClaim, row.Agreement.PartnerId.ToString(CultureInfo.InvariantCulture)),
        ], SchemeName);
        Context.Items[typeof(PartnerKey)] = row;
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Refuse(Bilingual reason, string? prefix, PartnerKey? row)
    {
        Context.Items[typeof(KeyRefusal)] = new KeyRefusal(reason, prefix, row?.Id, row?.AgreementId, row?.Agreement.PartnerId);
        return AuthenticateResult.Fail(reason.En);
    }
}

/// <summary>Builds the <see cref="Core.Exchange.PartnerScope"/> of a key: "the whole basin" becomes the stations of the basin and its sub-basins.</summary>
public static class PartnerScopes
{
    public static async Task<Core.Exchange.PartnerScope> LoadAsync(AppDbContext db, PartnerKey key, CancellationToken ct)
    {
        var agreement = key.Agreement;
        HashSet<string> stations;
        if (agreement.BasinCode is { Length: > 0 } basinCode)
        {
            var basins = await db.WaterBasins.AsNoTracking().Select(b => new { b.Id, b.Code, b.ParentId }).ToListAsync(ct);
            var included = basins.Where(b => string.Equals(b.Code, basinCode, StringComparison.OrdinalIgnoreCase)).Select(b => b.Id).ToHashSet();
            // Sub-basins of sub-basins too, however deep.
            while (basins.Where(b => b.ParentId is { } parent && included.Contains(parent) && !included.Contains(b.Id)).Select(b => b.Id).ToList() is { Count: > 0 } more)
            {
                included.UnionWith(more);
            }

            var codes = await db.WaterStations.AsNoTracking().Where(s => included.Contains(s.BasinId)).Select(s => s.Code).ToListAsync(ct);
            stations = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
        }
        else
        {
            stations = new HashSet<string>(agreement.Stations, StringComparer.OrdinalIgnoreCase);
        }

        return new(agreement.Id, key.Id, agreement.Partner.Name, stations, agreement.Groups, agreement.DataFrom, agreement.DataTo, agreement.IncludesRaw);
    }
}
