using TheoDoi.Core.Tasks;
using static TheoDoi.Core.Tasks.ProgressNode;
using static TheoDoi.Core.Tasks.RollupMode;

namespace TheoDoi.Core.Tests.Tasks;

/// <summary>Weighted means of task progress, for groups and for the plan.</summary>
public sealed class ProgressRollupTests
{
    public static TheoryData<RollupTerm[], double?, double> Means => new()
    {
        // terms → progress, total weight
        { [new("a", 50), new("b", 100)], 75, 2 },                       // (50 + 100) ÷ 2
        { [new("a", 50, 3), new("b", 100, 1)], 62.5, 4 },               // (150 + 100) ÷ 4
        { [new("a", 50, 0), new("b", 100, 1)], 100, 1 },                // a zero weight counts for nothing
        { [new("a", 50, 0), new("b", 100, 0)], null, 0 },               // zero total weight → no value
        { [], null, 0 },                                                // nothing to average
        { [new("a", 0), new("b", 0), new("c", 100)], 33.333333, 3 },    // 100 ÷ 3
        { [new("a", 20, 0.5), new("b", 80, 1.5)], 65, 2 },              // (10 + 120) ÷ 2
    };

    [Theory]
    [MemberData(nameof(Means))]
    public void Weighted_mean(RollupTerm[] terms, double? progress, double totalWeight)
    {
        var result = ProgressRollup.WeightedMean(terms);

        AssertProgress(progress, result.Progress);
        Assert.Equal(totalWeight, result.TotalWeight);
        Assert.Equal(terms, result.Terms);
    }

    // Plan: group A has tasks A1 = 100, A2 = 0, A3 = 50 (mean 50); group B has B1 = 100.
    private static readonly ProgressNode[] s_plan =
    [
        Group("A", [Leaf("A1", 100), Leaf("A2", 0), Leaf("A3", 50)]),
        Group("B", [Leaf("B1", 100)]),
    ];

    // Group C: task C1 with sub-tasks C1a = 100 and C1b = 0 (mean 50), and task C2 = 20.
    private static readonly ProgressNode s_groupWithSubTasks =
        Group("C", [Group("C1", [Leaf("C1a", 100), Leaf("C1b", 0)]), Leaf("C2", 20)]);

    public static TheoryData<string, RollupMode, double?, string[], string[]> Trees => new()
    {
        // tree, mode → progress, keys of the terms averaged, keys excluded
        // Over all leaf tasks (the plan's default): (100 + 0 + 50 + 100) ÷ 4 = 62.5.
        { "plan", OverLeaves, 62.5, ["A1", "A2", "A3", "B1"], [] },
        // Over groups: (50 + 100) ÷ 2 = 75 — group B's single task weighs as much as A's three.
        { "plan", OverChildren, 75, ["A", "B"], [] },
        // A task with sub-tasks is not a leaf: over leaves (100 + 0 + 20) ÷ 3 = 40;
        { "subtasks", OverLeaves, 40, ["C1a", "C1b", "C2"], [] },
        // over children C1 = 50 and C2 = 20: (50 + 20) ÷ 2 = 35.
        { "subtasks", OverChildren, 35, ["C1", "C2"], [] },
        // An empty group is named, not silently averaged in as 0: (100 + 0 + 50 + 100) ÷ 4 and (50 + 100) ÷ 2.
        { "empty-group", OverLeaves, 62.5, ["A1", "A2", "A3", "B1"], ["E"] },
        { "empty-group", OverChildren, 75, ["A", "B"], ["E"] },
        // A group whose tasks all weigh 0: over children it has no value and is excluded;
        // over leaves its tasks are listed with weight 0 and change nothing.
        { "zero-weights", OverChildren, 75, ["A", "B"], ["Z"] },
        { "zero-weights", OverLeaves, 62.5, ["A1", "A2", "A3", "B1", "Z1"], [] },
        // Weighted groups over children: A weight 3, B weight 1 → (150 + 100) ÷ 4 = 62.5.
        { "weighted-groups", OverChildren, 62.5, ["A", "B"], [] },
        // Group weights do not apply over leaves: still (100 + 0 + 50 + 100) ÷ 4.
        { "weighted-groups", OverLeaves, 62.5, ["A1", "A2", "A3", "B1"], [] },
        // Leaf weights apply in both modes: A1 weight 2 → over leaves (200 + 0 + 50 + 100) ÷ 5 = 70;
        { "weighted-task", OverLeaves, 70, ["A1", "A2", "A3", "B1"], [] },
        // over children A = (200 + 0 + 50) ÷ 4 = 62.5, B = 100 → (62.5 + 100) ÷ 2 = 81.25.
        { "weighted-task", OverChildren, 81.25, ["A", "B"], [] },
        // Nothing but empty groups: no value, all named.
        { "all-empty", OverLeaves, null, [], ["E", "F"] },
        { "all-empty", OverChildren, null, [], ["E", "F"] },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Plan_roll_up(string tree, RollupMode mode, double? progress, string[] terms, string[] excluded)
    {
        var result = ProgressRollup.Rollup(Tree(tree), mode);

        AssertProgress(progress, result.Progress);
        Assert.Equal(terms, result.Terms.Select(t => t.Key));
        Assert.Equal(excluded, result.Excluded);
    }

    [Fact]
    public void The_plan_default_is_the_mean_over_all_leaf_tasks()
    {
        Assert.Equal(62.5, ProgressRollup.Rollup(s_plan).Progress);
    }

    [Fact]
    public void A_group_rolls_up_over_its_tasks()
    {
        // Group A: (100 + 0 + 50) ÷ 3 = 50, with each task as an input.
        var result = ProgressRollup.Rollup(s_plan[0]);

        Assert.Equal(50, result.Progress);
        Assert.Equal([("A1", 100.0, 1.0), ("A2", 0.0, 1.0), ("A3", 50.0, 1.0)], result.Terms.Select(t => (t.Key, t.Progress, t.Weight)));
    }

    [Fact]
    public void A_nested_empty_group_is_still_named()
    {
        // Over children: C1 has an empty sub-group "C1x" and a leaf at 40 → C1 = 40; C = (40 + 20) ÷ 2 = 30.
        var tree = Group("C", [Group("C1", [Group("C1x", []), Leaf("C1a", 40)]), Leaf("C2", 20)]);

        var result = ProgressRollup.Rollup(tree, OverChildren);

        Assert.Equal(30, result.Progress);
        Assert.Equal(["C1x"], result.Excluded);
    }

    [Fact]
    public void A_single_leaf_rolls_up_to_itself()
    {
        Assert.Equal(35, ProgressRollup.Rollup(Leaf("X", 35)).Progress);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Leaf("a", 50, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Leaf("a", 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => Group("g", [], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressRollup.WeightedMean([new("a", 50, -1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressRollup.WeightedMean([new("a", 150)]));
    }

    private static IEnumerable<ProgressNode> Tree(string name) => name switch
    {
        "plan" => s_plan,
        "subtasks" => s_groupWithSubTasks.Children, // group C itself
        "empty-group" => [.. s_plan, Group("E", [])],
        "zero-weights" => [.. s_plan, Group("Z", [Leaf("Z1", 10, 0)])],
        "weighted-groups" => [Group("A", s_plan[0].Children, 3), Group("B", s_plan[1].Children, 1)],
        "weighted-task" => [Group("A", [Leaf("A1", 100, 2), Leaf("A2", 0), Leaf("A3", 50)]), s_plan[1]],
        "all-empty" => [Group("E", []), Group("F", [])],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AssertProgress(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.Equal(expected.Value, actual!.Value, 6);
    }
}
