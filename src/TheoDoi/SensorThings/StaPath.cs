using System.Globalization;
using System.Text.RegularExpressions;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>
/// The resource path after the service root (OGC 18-088, 9.2): <c>Things</c>, <c>Things(1)</c>,
/// <c>Things(1)/Datastreams</c>, <c>Datastreams(1005)/Observations</c>, <c>Observations(…)/Datastream/Thing</c>,
/// and a property or its raw <c>$value</c> at the end (<c>Things(1)/name/$value</c>).
/// </summary>
public static partial class StaPath
{
    public sealed record Step(string Name, long? Id);

    /// <summary>The steps, or null when the path is not of that form (the standard: 404).</summary>
    public static IReadOnlyList<Step>? Parse(string path)
    {
        var steps = new List<Step>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Segment().Match(segment);
            if (!match.Success)
            {
                return null;
            }

            long? id = match.Groups[2].Success ? long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            steps.Add(new(match.Groups[1].Value, id));
        }

        return steps.Count == 0 ? null : steps;
    }

    public static Bilingual Missing(string path) =>
        new($"Không có tài nguyên \"{path}\".", $"There is no resource \"{path}\".");

    [GeneratedRegex(@"^(\$?[A-Za-z][A-Za-z0-9_]*)(?:\((\d{1,18})\))?$")]
    private static partial Regex Segment();
}
