using TheoDoi.Core.Water;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>
/// The water pages ask <see cref="WaterLabels"/> for their terms, so the page scan of
/// TranslationTests no longer sees them: every label of every state must have an English text here.
/// </summary>
public sealed class WaterLabelsTests
{
    [Fact]
    public void Every_water_label_has_an_English_translation()
    {
        var labels = Enum.GetValues<StationKind>().Select(WaterLabels.StationKind)
            .Concat(Enum.GetValues<QcState>().Select(WaterLabels.Qc))
            .Concat(Enum.GetValues<WaterAlertKind>().Select(WaterLabels.AlertKind))
            .Concat(Enum.GetValues<WqiResolution>().Select(WaterLabels.IndexSeries))
            .Concat(Enum.GetValues<WqiResolution>().Select(WaterLabels.ResolutionChoice))
            .ToList();
        var known = new Texts().Keys.ToHashSet();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        var untranslated = labels.Where(label => !known.Contains(label)).ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void A_station_kind_and_a_batch_state_read_as_on_the_pages_before()
    {
        Assert.Equal("tự động", WaterLabels.StationKind(StationKind.Automatic));
        Assert.Equal("định kỳ", WaterLabels.StationKind(StationKind.Periodic));
        Assert.Equal("loại bỏ", WaterLabels.Qc(QcState.Rejected));
        Assert.Equal("WQI ngày", WaterLabels.IndexSeries(WqiResolution.Day));
    }
}
