using System.Security.Claims;
using TheoDoi.Accounts;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>
/// Who may do what with a task. Coordinators and admins change any task; a reporter changes a task
/// only while its unit holds it — the whole task as lead, only its own part as a coordinating unit —
/// and reads evidence only of tasks its unit holds or held. Leaders and stewards read, never change.
/// </summary>
public sealed record TaskAccess(bool CanEditTask, bool CanEditPart, bool CanReadEvidence, TaskAssignment? OwnAssignment)
{
    public static TaskAccess For(ClaimsPrincipal user, PlanItem item, IReadOnlyDictionary<int, Unit> units, DateOnly today)
    {
        if (user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin))
        {
            return new TaskAccess(true, false, true, null);
        }

        if (!user.IsInRole(Roles.Reporter))
        {
            return new TaskAccess(false, false, user.IsInRole(Roles.Leader), null);
        }

        var code = user.UnitCode();
        var own = item.Assignments.Where(a => units[a.UnitId].Code == code).ToList();
        var open = own.FirstOrDefault(a => a.IsOpenOn(today));
        return new TaskAccess(
            CanEditTask: open?.Role == AssignmentRole.Lead,
            CanEditPart: open?.Role == AssignmentRole.Coordinating,
            CanReadEvidence: own.Count > 0,
            OwnAssignment: open);
    }
}
