using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Seed;
using TheoDoi.Units;

namespace TheoDoi.Plans;

/// <summary>
/// Loads Seed/plan-512.json: the legal bases and the plan's tree. Only what is missing is added, so
/// edits made in TheoDoi survive every later start.
/// </summary>
public static class PlanSeed
{
    public sealed record File(string Source, List<DocumentRow> LegalDocuments, PlanRow Plan);

    public sealed record DocumentRow(string Number, string Kind, string Title, DateOnly IssuedOn, string Issuer, string? IssuerEn);

    public sealed record PlanRow(
        string Number, string Title, string? TitleEn, DateOnly IssuedOn, string? IssuerUnit, List<string> Basis,
        int StartYear, int EndYear, string? Purpose, ReportingRuleRow ReportingRule, List<ItemRow> Items);

    public sealed record ReportingRuleRow(int DeadlineDay, int DeadlineMonth, string? RecipientUnit, string? Text);

    public sealed record ItemRow(
        string Code, string Kind, string Title, string? TitleEn, string? Text, string? Lead, string? LeadScope,
        List<string>? Coordinating, string? CoordinatingScope, DateOnly? Start, DateOnly? Due, string? Recurrence,
        string? ReportTo, string? SubmitTo, string? Deliverable, List<ServesRow>? Serves, List<ItemRow>? Children);

    /// <summary>What an item serves: <c>project</c> (its outline code), <c>indicator</c> (its code) or <c>page</c> (its path).</summary>
    public sealed record ServesRow(string Kind, string Target, string? Title, string? TitleEn);

    /// <returns>The day the plan was issued: other built-in data names units as they stood then.</returns>
    public static async Task<DateOnly> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var file = BuiltInData.Read<File>("plan-512.json");

        var documents = await db.LegalDocuments.ToDictionaryAsync(d => d.Number, cancellationToken);
        foreach (var document in file.LegalDocuments.Where(d => !documents.ContainsKey(d.Number)))
        {
            documents[document.Number] = db.LegalDocuments.Add(new LegalDocument
            {
                Number = document.Number,
                Kind = document.Kind,
                Title = document.Title,
                IssuedOn = document.IssuedOn,
                Issuer = document.Issuer,
                IssuerEn = document.IssuerEn,
            }).Entity;
        }

        // Units are referred to by code as they stood when the plan was issued.
        var issued = file.Plan.IssuedOn;
        var units = (await db.Units.ToListAsync(cancellationToken))
            .Where(u => (u.ValidFrom is null || u.ValidFrom <= issued) && (u.ValidTo is null || issued <= u.ValidTo))
            .ToDictionary(u => u.Code);
        Unit? UnitOf(string? code) => code is null ? null
            : units.TryGetValue(code, out var unit) ? unit
            : throw new InvalidOperationException($"plan-512.json names unit '{code}', which units.json does not hold on {issued:yyyy-MM-dd}.");

        var row = file.Plan;
        var plan = await db.Plans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Number == row.Number, cancellationToken);
        if (plan is null)
        {
            plan = db.Plans.Add(new Plan
            {
                Number = row.Number,
                Title = row.Title,
                TitleEn = row.TitleEn,
                IssuedOn = row.IssuedOn,
                IssuerUnit = UnitOf(row.IssuerUnit),
                StartYear = row.StartYear,
                EndYear = row.EndYear,
                Purpose = row.Purpose,
                ReportDeadlineDay = row.ReportingRule.DeadlineDay,
                ReportDeadlineMonth = row.ReportingRule.DeadlineMonth,
                ReportRecipientUnit = UnitOf(row.ReportingRule.RecipientUnit),
                ReportingRuleText = row.ReportingRule.Text,
                Source = file.Source,
            }).Entity;
            plan.Bases.AddRange(row.Basis.Select(number => documents[number]));
        }

        var existing = plan.Items.Select(i => i.Code).ToHashSet();
        await InheritedHolders.LoadAsync(db, plan, existing, cancellationToken);
        AddItems(row.Items, parent: null);
        await db.SaveChangesAsync(cancellationToken);
        await PlanLinkSeed.LoadAsync(db, plan, Flatten(row.Items), cancellationToken);
        return issued;

        static IEnumerable<ItemRow> Flatten(IEnumerable<ItemRow> rows) => rows.SelectMany(r => Flatten(r.Children ?? []).Prepend(r));

        void AddItems(List<ItemRow> rows, PlanItem? parent)
        {
            for (var order = 0; order < rows.Count; order++)
            {
                var itemRow = rows[order];
                var item = existing.Contains(itemRow.Code)
                    ? plan.Items.Single(i => i.Code == itemRow.Code)
                    : NewItem(itemRow, order, parent);
                AddItems(itemRow.Children ?? [], item);
            }
        }

        PlanItem NewItem(ItemRow itemRow, int order, PlanItem? parent)
        {
            var item = BuiltItem(itemRow, order, parent);
            // A sub-task added under a task an installation already had (3.5 before its seven
            // sub-tasks) is held by whoever holds that task now, when the plan gives it the same holders.
            if (parent is not null && existing.Contains(parent.Code) && SameHolders(itemRow, RowOf(parent.Code)))
            {
                InheritedHolders.CopyTo(item, parent);
            }

            plan.Items.Add(item);
            return item;
        }

        ItemRow? RowOf(string code) => Flatten(row.Items).FirstOrDefault(r => r.Code == code);

        static bool SameHolders(ItemRow child, ItemRow? parent) =>
            parent is not null && child.Lead == parent.Lead && child.LeadScope == parent.LeadScope
            && child.CoordinatingScope == parent.CoordinatingScope
            && (child.Coordinating ?? []).Order(StringComparer.Ordinal).SequenceEqual((parent.Coordinating ?? []).Order(StringComparer.Ordinal));

        PlanItem BuiltItem(ItemRow itemRow, int order, PlanItem? parent)
        {
            var item = new PlanItem
            {
                Plan = plan,
                Parent = parent,
                Code = itemRow.Code,
                Order = order,
                Kind = ParseKind(itemRow.Kind),
                Title = itemRow.Title,
                TitleEn = itemRow.TitleEn,
                Text = itemRow.Text,
                LeadUnit = UnitOf(itemRow.Lead),
                LeadScope = ParseScope(itemRow.LeadScope),
                CoordinatingScope = ParseScope(itemRow.CoordinatingScope),
                StartDate = itemRow.Start,
                DueDate = itemRow.Due,
                Recurrence = itemRow.Recurrence,
                ReportToUnit = UnitOf(itemRow.ReportTo),
                SubmitTo = itemRow.SubmitTo,
                Deliverable = itemRow.Deliverable,
            };
            item.CoordinatingUnits.AddRange((itemRow.Coordinating ?? []).Select(code => UnitOf(code)!));
            return item;
        }
    }

    private static PlanItemKind ParseKind(string kind) => kind switch
    {
        "group" => PlanItemKind.Group,
        "task" => PlanItemKind.Task,
        "subtask" => PlanItemKind.SubTask,
        "projects" => PlanItemKind.Projects,
        "project" => PlanItemKind.Project,
        _ => throw new InvalidOperationException($"plan-512.json: unknown item kind '{kind}'."),
    };

    private static AssigneeScope? ParseScope(string? scope) => scope switch
    {
        null => null,
        "all-units" => AssigneeScope.AllUnits,
        "party-organisations" => AssigneeScope.PartyOrganisations,
        "party-committee-members" => AssigneeScope.PartyCommitteeMembers,
        "related-agencies-and-provinces" => AssigneeScope.RelatedAgenciesAndProvinces,
        _ => throw new InvalidOperationException($"plan-512.json: unknown scope '{scope}'."),
    };
}
