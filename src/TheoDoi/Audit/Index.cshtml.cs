using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Data;

namespace TheoDoi.Audit;

public sealed class Index(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public string? Entity { get; private set; }
    public string? Actor { get; private set; }

    public async Task OnGetAsync(string? entity, string? actor, long? before, CancellationToken cancellationToken)
    {
        Entity = entity;
        Actor = actor;
        Entries = await new AuditQuery(entity, null, actor, before, PageSize).RunAsync(db, cancellationToken);
    }
}
