using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Web;

public sealed class Home(AppDbContext db, TimeProvider clock) : PageModel
{
    public Plan? Plan { get; private set; }
    public int Groups { get; private set; }
    public int Tasks { get; private set; }
    public int Projects { get; private set; }
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public DateOnly NextDeadline { get; private set; }
    public int ProvincesToday { get; private set; }
    public int MinistryUnitsToday { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        Plan = await db.Plans.AsNoTracking().Include(p => p.Bases).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (Plan is null)
        {
            return;
        }

        var kinds = await db.PlanItems.Where(i => i.PlanId == Plan.Id).Select(i => i.Kind).ToListAsync(cancellationToken);
        Groups = kinds.Count(k => k == PlanItemKind.Group);
        Tasks = kinds.Count(k => k is PlanItemKind.Task or PlanItemKind.SubTask);
        Projects = kinds.Count(k => k == PlanItemKind.Project);
        Indicators = await db.Indicators.AsNoTracking().Include(i => i.Targets).OrderBy(i => i.Id).ToListAsync(cancellationToken);

        // "Trước ngày 10 tháng 12": the report is due by the end of the deadline day each year.
        var deadline = new DateOnly(Today.Year, Plan.ReportDeadlineMonth, Plan.ReportDeadlineDay);
        NextDeadline = deadline >= Today ? deadline : deadline.AddYears(1);

        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var valid = directory.ValidOn(Today).ToList();
        ProvincesToday = valid.Count(u => u.Kind == UnitKind.Province);
        MinistryUnitsToday = valid.Count(u => u.Kind == UnitKind.MinistryUnit);
    }
}
