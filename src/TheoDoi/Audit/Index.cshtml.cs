using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Audit;

/// <summary>The audit trail as a clerk reads it: who, when, which record (linked), "field: old → new".</summary>
public sealed class Index(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<long, AuditRecords.Record> Records { get; private set; } = new Dictionary<long, AuditRecords.Record>();
    public IReadOnlyList<string> Actors { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    private AuditQuery Query(int limit) => new(Entity, null, Actor, Before, limit, Unit, From, To);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await Query(PageSize).RunAsync(db, cancellationToken);
        Records = await AuditRecords.NameAsync(db, Entries, cancellationToken);
        Actors = await db.AuditEntries.AsNoTracking().Select(a => a.Actor).Distinct().OrderBy(a => a).Take(500).ToListAsync(cancellationToken);
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken))
            .DistinctBy(u => u.Code).Select(u => (u.Code, u.Name)).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var entries = await new AuditQuery(Entity, null, Actor, null, AuditQuery.MaxLimit, Unit, From, To).ExportAsync(db, cancellationToken);
        var records = await AuditRecords.NameAsync(db, entries, cancellationToken);
        return File(AuditExport.ToXlsx(entries, records), Indicators.ValueWorkbook.ContentType, "nhat-ky-thay-doi.xlsx");
    }

    /// <summary>The current filters as a query string, for the next page and the export link.</summary>
    public string FilterQuery(long? before = null, string? handler = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("handler", handler);
        Add("entity", Entity);
        Add("actor", Actor);
        Add("unit", Unit);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("before", before?.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
