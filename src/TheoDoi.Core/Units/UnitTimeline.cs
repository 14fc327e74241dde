namespace TheoDoi.Core.Units;

/// <summary>
/// Effective-dated view over unit periods and their succession links. History is never rewritten:
/// questions like "which unit holds Bình Dương's 2024 data in 2026?" are answered by walking links.
/// </summary>
public sealed class UnitTimeline
{
    private readonly Dictionary<int, UnitPeriod> _periods;
    private readonly ILookup<int, SuccessionLink> _successors;
    private readonly ILookup<int, SuccessionLink> _predecessors;

    public UnitTimeline(IEnumerable<UnitPeriod> periods, IEnumerable<SuccessionLink> links)
    {
        _periods = periods.ToDictionary(p => p.Id);
        var linkList = links.ToList();
        _successors = linkList.ToLookup(l => l.PredecessorId);
        _predecessors = linkList.ToLookup(l => l.SuccessorId);
    }

    public UnitPeriod this[int id] => _periods[id];

    public IEnumerable<UnitPeriod> ValidOn(DateOnly day) => _periods.Values.Where(p => p.IsValidOn(day));

    /// <summary>The period of <paramref name="code"/> valid on <paramref name="day"/>, if any.</summary>
    public UnitPeriod? Find(string code, DateOnly day) =>
        _periods.Values.FirstOrDefault(p => p.Code == code && p.IsValidOn(day));

    public IEnumerable<SuccessionLink> SuccessorsOf(int id) => _successors[id];

    public IEnumerable<SuccessionLink> PredecessorsOf(int id) => _predecessors[id];

    /// <summary>
    /// The units that hold, on <paramref name="day"/>, what <paramref name="id"/> held: the unit itself
    /// while it is valid, else its successors followed link by link (links effective after the day are
    /// not followed yet). Empty when the unit had ended without a successor, or did not exist yet.
    /// </summary>
    public IReadOnlyList<UnitPeriod> HoldersOn(int id, DateOnly day)
    {
        var result = new List<UnitPeriod>();
        var seen = new HashSet<int>();
        Walk(id);
        return result;

        void Walk(int current)
        {
            if (!seen.Add(current))
            {
                return; // a cycle in bad data must not hang the caller
            }

            var period = _periods[current];
            if (period.IsValidOn(day))
            {
                result.Add(period);
                return;
            }

            if (period.ValidFrom is { } from && day < from)
            {
                return;
            }

            foreach (var link in _successors[current].Where(l => l.Effective <= day))
            {
                Walk(link.SuccessorId);
            }
        }
    }

    /// <summary>
    /// Every period that rolls up into <paramref name="id"/>: the unit and all its predecessors,
    /// transitively. Used to show a series "by new units".
    /// </summary>
    public IReadOnlyList<UnitPeriod> Lineage(int id)
    {
        var result = new List<UnitPeriod>();
        var seen = new HashSet<int>();
        var queue = new Queue<int>([id]);
        while (queue.TryDequeue(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            result.Add(_periods[current]);
            foreach (var link in _predecessors[current])
            {
                queue.Enqueue(link.PredecessorId);
            }
        }

        return result;
    }
}
