namespace TheoDoi.Core.Tasks;

/// <summary>
/// A task (leaf, with its reported progress) or a container of tasks (a task group, a task with
/// sub-tasks, the plan), each with a weight (default 1).
/// </summary>
public sealed class ProgressNode
{
    private ProgressNode(string key, double? progress, double weight, IReadOnlyList<ProgressNode> children)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight of {key} must be zero or more.");
        }

        if (progress is { } p && !(p is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(progress), p, $"The progress of {key} must be from 0 to 100.");
        }

        Key = key;
        Progress = progress;
        Weight = weight;
        Children = children;
    }

    public string Key { get; }

    /// <summary>Reported progress of a leaf task (0–100); null for a container.</summary>
    public double? Progress { get; }

    public double Weight { get; }

    public IReadOnlyList<ProgressNode> Children { get; }

    public bool IsLeaf => Progress is not null;

    public static ProgressNode Leaf(string key, double progress, double weight = 1) => new(key, progress, weight, []);

    public static ProgressNode Group(string key, IEnumerable<ProgressNode> children, double weight = 1)
    {
        return new(key, null, weight, [.. children]);
    }
}

public enum RollupMode
{
    /// <summary>
    /// Weighted mean over every leaf task below, each with its own weight; the weights of groups in
    /// between are ignored. The product default for the plan: a group of 20 tasks counts for 20 tasks.
    /// </summary>
    OverLeaves,

    /// <summary>
    /// Weighted mean of each child's own roll-up, with the children's weights: a group of 2 tasks
    /// counts as much as a group of 20 unless weights say otherwise.
    /// </summary>
    OverChildren,
}

/// <summary>One input of a weighted mean: whose progress, how much, with what weight.</summary>
public sealed record RollupTerm(string Key, double Progress, double Weight = 1);

/// <summary>A roll-up and the inputs it used.</summary>
/// <param name="Progress">Σ(progress × weight) ÷ Σ weight; null when there is nothing to average or Σ weight is 0.</param>
/// <param name="Terms">The values averaged (leaf tasks, or children's roll-ups), including zero-weight ones.</param>
/// <param name="Excluded">
/// Keys of containers left out because they had nothing to roll up: no tasks at all, or (over children)
/// only zero weights. Listed at every depth, so an empty group deep in the plan is still named.
/// </param>
public sealed record RollupResult(double? Progress, double TotalWeight, IReadOnlyList<RollupTerm> Terms, IReadOnlyList<string> Excluded);

/// <summary>
/// Progress of task groups and of the plan from their tasks' reported progress.
/// </summary>
/// <remarks>
/// The plan's progress is, by default, the weighted mean over all its leaf tasks
/// (<see cref="RollupMode.OverLeaves"/>); a task with sub-tasks is not itself a leaf, so its own
/// figure is replaced by its sub-tasks'. A group's progress is the same rule applied to the group.
/// </remarks>
public static class ProgressRollup
{
    /// <summary>Σ(progress × weight) ÷ Σ weight; null for no terms or a zero total weight.</summary>
    public static RollupResult WeightedMean(IEnumerable<RollupTerm> terms)
    {
        var list = terms.ToList();
        foreach (var term in list)
        {
            if (!double.IsFinite(term.Weight) || term.Weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(terms), term.Weight, $"The weight of {term.Key} must be zero or more.");
            }

            if (!(term.Progress is >= 0 and <= 100))
            {
                throw new ArgumentOutOfRangeException(nameof(terms), term.Progress, $"The progress of {term.Key} must be from 0 to 100.");
            }
        }

        var total = list.Sum(t => t.Weight);
        double? value = total > 0 ? list.Sum(t => t.Progress * t.Weight) / total : null;
        return new(value, total, list, []);
    }

    /// <summary>Roll-up of one container (a group, a task with sub-tasks) or of a single leaf (its own progress).</summary>
    public static RollupResult Rollup(ProgressNode node, RollupMode mode = RollupMode.OverLeaves)
    {
        return node.IsLeaf ? WeightedMean([new(node.Key, node.Progress!.Value, node.Weight)]) : Rollup(node.Children, mode);
    }

    /// <summary>Roll-up over several nodes, such as the plan over its task groups.</summary>
    public static RollupResult Rollup(IEnumerable<ProgressNode> nodes, RollupMode mode = RollupMode.OverLeaves)
    {
        var terms = new List<RollupTerm>();
        var excluded = new List<string>();
        foreach (var node in nodes)
        {
            if (node.IsLeaf)
            {
                terms.Add(new(node.Key, node.Progress!.Value, node.Weight));
                continue;
            }

            var inner = Rollup(node.Children, mode);
            excluded.AddRange(inner.Excluded);
            if (mode == RollupMode.OverLeaves)
            {
                terms.AddRange(inner.Terms);
                if (inner.Terms.Count == 0)
                {
                    excluded.Add(node.Key);
                }
            }
            else if (inner.Progress is { } p)
            {
                terms.Add(new(node.Key, p, node.Weight));
            }
            else
            {
                excluded.Add(node.Key);
            }
        }

        return WeightedMean(terms) with { Excluded = excluded };
    }
}
