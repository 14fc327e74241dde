using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Shared;
using TheoDoi.Tasks;
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
    public IReadOnlyList<WaitingWork.Item> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        Plan = await db.Plans.AsNoTracking().Include(p => p.Bases).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (Plan is null)
        {
            return;
        }

        Groups = await db.PlanItems.CountAsync(i => i.PlanId == Plan.Id && i.Kind == PlanItemKind.Group, cancellationToken);
        // One definition of "how many tasks" for the home page, /tasks and its list (TaskBoard.CountTasks).
        var board = await TaskBoard.LoadAsync(db, Today, Plan.Id, cancellationToken);
        Tasks = board?.TaskCount ?? 0;
        Projects = board?.Rows.Count(r => r.Item.Kind == PlanItemKind.Project) ?? 0;
        if (User.Identity?.IsAuthenticated == true)
        {
            Waiting = await WaitingWork.ForAsync(db, User, board, clock.GetUtcNow(), Today, cancellationToken);
        }
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
