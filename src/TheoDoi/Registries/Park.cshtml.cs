using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Registries;

public sealed class Park(AppDbContext db, TimeProvider clock) : PageModel
{
    public ParkOnDay Row { get; private set; } = null!;
    public Unit Unit { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(int id, ParkRegistry.CheckRequest request, [FromServices] ParkRegistry registry, CancellationToken cancellationToken) =>
        await AfterAsync(id, await registry.AddCheckAsync(id, request, User, cancellationToken), new Bilingual("Đã ghi kết quả kiểm tra.", "Inspection result recorded."), cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int id, ParkRegistry.SaveRequest request, [FromServices] ParkRegistry registry, CancellationToken cancellationToken) =>
        await AfterAsync(id, await registry.SaveAsync(id, request, User, cancellationToken), new Bilingual("Đã lưu.", "Saved."), cancellationToken);

    private Task<IActionResult> AfterAsync(int id, UseCaseResult<int> saved, Bilingual message, CancellationToken cancellationToken)
    {
        // A number or date the form could not read refuses the form (the registry saw an empty field).
        var result = FormRefusals.Of(HttpContext) ?? saved.Status;
        return this.AnswerAsync(result, () =>
        {
            Saved = message.Pick();
            return RedirectToPage(new { id });
        }, async () =>
        {
            Errors = result.Errors;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var (parks, directory) = await ParkRegistry.LoadAsync(db, cancellationToken);
        if (parks.FirstOrDefault(p => p.Id == id) is not { } park)
        {
            return false;
        }

        Row = ParkRegistry.OnDay([park], directory, today)[0];
        Unit = directory.ById[park.UnitId];
        CanEdit = RegistryAccess.For(User, directory, today).CanEdit(park.UnitId);
        return true;
    }
}
