using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Exchange;

/// <summary>
/// /exchange/partners (admins): partners, their agreements and keys; record or change a partner and
/// agreement, issue a key — shown on that one answer and never again — and revoke one
/// (<see cref="ManagePartners"/>, the same use cases as the admin API).
/// </summary>
public sealed class Partners(ManagePartners manage, AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The partner and agreement form (<c>_AgreementForm</c>): empty for a new partner; <paramref name="Id"/> keeps its field ids unique.</summary>
    public sealed record AgreementForm(ExchangeQueries.PartnerDto? Partner, ExchangeQueries.AgreementDto? Agreement, string Id);

    public IReadOnlyList<ExchangeQueries.PartnerDto> Rows { get; private set; } = [];
    public AgreementForm Blank { get; } = new(null, null, "new");
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The key just issued; on this answer only.</summary>
    public ManagePartners.IssuedKey? NewKey { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync(int? partnerId, int? agreementId, string? name, string? country, string? contact, string? document,
        DateOnly? signedOn, DateOnly? expiresOn, string[]? groups, string? scope, string? stations, DateOnly? dataFrom, DateOnly? dataTo, bool includesRaw)
    {
        var request = new ManagePartners.SaveRequest(partnerId, agreementId, name, country, contact, document, signedOn, expiresOn,
            string.Join(',', groups ?? []), scope == "basin" ? Water.WaterSeed.Basin : null, scope == "basin" ? null : stations, dataFrom, dataTo, includesRaw);
        var saved = await manage.SaveAsync(request, HttpContext.RequestAborted);
        return await AnswerAsync(saved.Status);
    }

    public async Task<IActionResult> OnPostIssueAsync(int agreement)
    {
        var issued = await manage.IssueKeyAsync(agreement, HttpContext.RequestAborted);
        NewKey = issued.IsDone ? issued.Done() : null;
        return await AnswerAsync(issued.Status);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int key) => await AnswerAsync(await manage.RevokeAsync(key, HttpContext.RequestAborted));

    // A new password or key is on this answer only (Shared/UseCasePage.AnswerInPlaceAsync).
    private Task<IActionResult> AnswerAsync(UseCaseResult result) => this.AnswerInPlaceAsync(result, (done, errors) => (Done, Errors) = (done, errors), LoadAsync);

    private async Task LoadAsync() => Rows = await ExchangeQueries.PartnersAsync(db, clock, HttpContext.RequestAborted);
}
