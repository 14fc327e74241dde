using System.Text.Json.Nodes;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// Sensors (how values are obtained: by the station's kind, and the computation of the indices) and
/// ObservedProperties (the parameter catalogue and VN_WQI), held in memory: a few dozen rows.
/// </summary>
public static class StaCatalogues
{
    public static IReadOnlyList<StaCatalogueRow> Sensors { get; } =
    [
        new() { Id = StaIds.PeriodicSensor, Name = "Periodic sampling and laboratory analysis", Description = "Grab samples taken at the station by hand (monthly or quarterly) and analysed in a laboratory.", Definition = "/water/method",
            NameVi = "Lấy mẫu định kỳ và phân tích trong phòng thí nghiệm", DescriptionVi = "Mẫu lấy tay tại trạm (hằng tháng hoặc hằng quý) và phân tích trong phòng thí nghiệm." },
        new() { Id = StaIds.AutomaticSensor, Name = "Automatic in-situ monitor", Description = "Instruments at the station that measure every few minutes.", Definition = "/water/method",
            NameVi = "Thiết bị quan trắc tự động tại chỗ", DescriptionVi = "Thiết bị đặt tại trạm, đo vài phút một lần." },
        new() { Id = StaIds.IndexSensor, Name = "VN_WQI computation", Description = "Computed by TheoDoi from the station's observations per Decision 1460/QĐ-TCMT (2019).", Definition = "/water/method",
            NameVi = "Tính VN_WQI", DescriptionVi = "TheoDoi tính từ kết quả quan trắc của trạm theo Quyết định 1460/QĐ-TCMT (2019)." },
    ];

    public static IQueryable<StaCatalogueRow> ObservedProperties(StaContext context) =>
        context.Parameters.Select(p => new StaCatalogueRow { Id = p.Id, Name = p.NameEn, Description = p.NameVi, Definition = Definition(context, p.Code) })
            .Concat(context.Visibility.IndicesVisible
                ? [new() { Id = StaIds.IndexBase, Name = "Vietnam water quality index (VN_WQI)", Description = "Chỉ số chất lượng nước Việt Nam (VN_WQI)", Definition = new WaterMlVocabulary(context.Site).Procedure }]
                : [])
            .AsQueryable();

    /// <summary>The parameter's resolvable definition, the one the WaterML 2.0 export names (the row of /water/parameters).</summary>
    public static string Definition(StaContext context, string code) => new WaterMlVocabulary(context.Site).Parameter(code);

    private static readonly Dictionary<string, StaMemberMap> s_members = new(StringComparer.Ordinal)
    {
        ["id"] = StaMemberMap.Of(nameof(StaCatalogueRow.Id)),
        ["name"] = StaMemberMap.Of(nameof(StaCatalogueRow.Name)),
        ["description"] = StaMemberMap.Of(nameof(StaCatalogueRow.Description)),
        ["definition"] = StaMemberMap.Of(nameof(StaCatalogueRow.Definition)),
    };

    public static StaSet<StaCatalogueRow> SensorSet { get; } = new(
        "Sensors", c => Sensors.AsQueryable(), s_members, r => r.Id,
        (c, r, ct) => Task.FromResult(new JsonObject
        {
            ["name"] = r.Name,
            ["description"] = r.Description,
            ["encodingType"] = "text/html",
            ["metadata"] = c.Site + r.Definition,
            ["properties"] = new JsonObject { ["nameVi"] = r.NameVi, ["descriptionVi"] = r.DescriptionVi },
        }),
        [new("Datastreams", "Datastreams", true, (c, r) => new(StaDatastreams.Rows(c).Where(d => d.SensorId == ((StaCatalogueRow)r).Id)))]);

    public static StaSet<StaCatalogueRow> ObservedPropertySet { get; } = new(
        "ObservedProperties", ObservedProperties, s_members, r => r.Id,
        (c, r, ct) => Task.FromResult(new JsonObject { ["name"] = r.Name, ["definition"] = r.Definition, ["description"] = r.Description }),
        [new("Datastreams", "Datastreams", true, (c, r) => new(StaDatastreams.Rows(c).Where(d => d.ObservedPropertyId == ((StaCatalogueRow)r).Id)))]);
}
