using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Exchange;

/// <summary>
/// An admin's partner work (issue 10, item 3): record a partner with an agreement (or change
/// them), issue a key of an agreement — returned once, only its hash kept — and revoke a key. Every
/// change goes through the audit trail like any other save (the key's hash excepted).
/// </summary>
public sealed class ManagePartners(AppDbContext db, TimeProvider clock)
{
    public sealed record SaveRequest(
        int? PartnerId, int? AgreementId, string? Name, string? Country, string? Contact,
        string? Document, DateOnly? SignedOn, DateOnly? ExpiresOn, string? Groups, string? Basin, string? Stations,
        DateOnly? DataFrom, DateOnly? DataTo, bool IncludesRaw);

    public sealed record Saved(int PartnerId, int AgreementId);

    public sealed record IssuedKey(int Id, string Prefix, string Key, DateOnly ExpiresOn);

    public async Task<UseCaseResult<Saved>> SaveAsync(SaveRequest request, CancellationToken ct)
    {
        var errors = new List<Bilingual>();
        var name = request.Name?.Trim() ?? "";
        var country = request.Country?.Trim().ToUpperInvariant() ?? "";
        var document = request.Document?.Trim() ?? "";
        var groups = DataGroupCodes.Parse(request.Groups);
        var basin = string.IsNullOrWhiteSpace(request.Basin) ? null : request.Basin.Trim();
        var stations = (request.Stations ?? "").Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (name.Length is 0 or > 256)
        {
            errors.Add(new("Cần tên đối tác (tối đa 256 ký tự).", "A partner name is required (at most 256 characters)."));
        }

        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("Quốc gia là mã hai chữ cái ISO 3166 (VN, KH, LA…).", "The country is a two-letter ISO 3166 code (VN, KH, LA…)."));
        }

        if (document.Length is 0 or > 512)
        {
            errors.Add(new("Cần số hiệu hoặc tên văn bản thỏa thuận.", "The agreement's document (number or title) is required."));
        }

        if (request.SignedOn is not { } signed || request.ExpiresOn is not { } expires || expires < signed)
        {
            errors.Add(new("Cần ngày ký và ngày hết hạn, ngày hết hạn không trước ngày ký.", "The signing and expiry dates are required, expiry not before signing."));
        }

        if (groups is null or DataGroups.None)
        {
            errors.Add(new("Chọn ít nhất một nhóm dữ liệu được chia sẻ.", "Choose at least one data group to share."));
        }

        if (request.DataFrom is { } from && request.DataTo is { } to && to < from)
        {
            errors.Add(new("Kỳ dữ liệu: ngày cuối không được trước ngày đầu.", "Data period: the end is before the start."));
        }

        if (basin is null && stations.Length == 0)
        {
            errors.Add(new("Chọn cả lưu vực hoặc liệt kê mã trạm.", "Choose the whole basin or list station codes."));
        }
        else if (basin is not null && !await db.WaterBasins.WithCode(b => b.Code, basin).AnyAsync(ct))
        {
            errors.Add(new($"Không có lưu vực {basin}.", $"No basin {basin}."));
        }
        else if (basin is null)
        {
            var known = await db.WaterStations.Select(s => s.Code).ToListAsync(ct);
            var canonical = stations.Select(s => known.FirstOrDefault(k => string.Equals(k, s, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var missing in stations.Where((s, i) => canonical[i] is null))
            {
                errors.Add(new($"Không có trạm {missing}.", $"No station {missing}."));
            }

            stations = canonical.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        var partner = request.PartnerId is { } partnerId ? await db.Partners.Include(p => p.Agreements).SingleOrDefaultAsync(p => p.Id == partnerId, ct) : new Partner { Name = name, Country = country };
        if (partner is null)
        {
            return UseCaseResult.NotFound("Không có đối tác này.", "No such partner.");
        }

        if (await db.Partners.AnyAsync(p => p.Name == name && p.Id != partner.Id, ct))
        {
            return UseCaseResult.Conflict($"Đã có đối tác tên {name}.", $"A partner named {name} exists already.");
        }

        var agreement = request.AgreementId is { } agreementId ? partner.Agreements.SingleOrDefault(a => a.Id == agreementId) : new Agreement { Document = document };
        if (agreement is null)
        {
            return UseCaseResult.NotFound("Không có thỏa thuận này của đối tác.", "No such agreement of this partner.");
        }

        (partner.Name, partner.Country, partner.Contact) = (name, country, string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim());
        (agreement.Document, agreement.SignedOn, agreement.ExpiresOn, agreement.Groups) = (document, request.SignedOn!.Value, request.ExpiresOn!.Value, groups!.Value);
        (agreement.BasinCode, agreement.StationCodes) = (basin, basin is null ? string.Join(',', stations) : "");
        (agreement.DataFrom, agreement.DataTo, agreement.IncludesRaw) = (request.DataFrom, request.DataTo, request.IncludesRaw);
        if (agreement.Id == 0)
        {
            partner.Agreements.Add(agreement);
        }

        if (partner.Id == 0)
        {
            db.Partners.Add(partner);
        }

        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(new Saved(partner.Id, agreement.Id));
    }

    public async Task<UseCaseResult<IssuedKey>> IssueKeyAsync(int agreementId, CancellationToken ct)
    {
        if (await db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, ct) is not { } agreement)
        {
            return UseCaseResult.NotFound("Không có thỏa thuận này.", "No such agreement.");
        }

        if (VietnamTime.Today(clock) > agreement.ExpiresOn)
        {
            return UseCaseResult.Conflict("Thỏa thuận đã hết hạn: không cấp khóa mới.", "The agreement has expired: no new key.");
        }

        var (key, prefix, hash) = PartnerKeys.Create();
        var row = new PartnerKey { AgreementId = agreement.Id, Prefix = prefix, SecretHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.PartnerKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done(new IssuedKey(row.Id, prefix, key, agreement.ExpiresOn));
    }

    public async Task<UseCaseResult> RevokeAsync(int keyId, CancellationToken ct)
    {
        if (await db.PartnerKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct) is not { } key)
        {
            return UseCaseResult.NotFound("Không có khóa này.", "No such key.");
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return UseCaseResult.Ok;
    }
}
