namespace TheoDoi.Plans;

/// <summary>
/// Data changes to stored plan links, run by migrations (the seed loader only adds missing links, never
/// rewrites one). SQL that SQLite and PostgreSQL both read: quoted identifiers, no provider functions.
/// </summary>
public static class PlanLinkMigrations
{
    private const string Title = "Bảng điểm an ninh nguồn nước lưu vực Đồng Nai – Sài Gòn";
    private const string TitleEn = "Water-security scorecard of the Đồng Nai – Sài Gòn basin";

    /// <summary>
    /// 3.5.1 (water security and safety) pointed at /water and 3.5.7 (assessing water-resource security) at
    /// /water/basin because /water/security did not exist; both now point at the scorecard. A task that
    /// already links the scorecard keeps its old link rather than break the unique (task, kind, target).
    /// </summary>
    public static string ToScorecard => Repoint("3.5.1", "/water", "/water/security", Title, TitleEn)
        + Repoint("3.5.7", "/water/basin", "/water/security", Title, TitleEn);

    /// <summary>Back to the links as plan-512.json first had them.</summary>
    public static string FromScorecard => Repoint("3.5.1", "/water/security", "/water", "Quan trắc nguồn nước lưu vực Đồng Nai – Sài Gòn", "Water monitoring of the Đồng Nai – Sài Gòn basin")
        + Repoint("3.5.7", "/water/security", "/water/basin", "Chất lượng nước theo lưu vực", "Water quality by basin");

    private static string Repoint(string code, string from, string to, string title, string titleEn) =>
        $"""
        UPDATE "PlanItemLink" SET "Target" = '{to}', "Title" = '{title}', "TitleEn" = '{titleEn}'
        WHERE "Kind" = 'Page' AND "Target" = '{from}'
          AND "PlanItemId" IN (SELECT "Id" FROM "PlanItems" WHERE "Code" = '{code}')
          AND NOT EXISTS (SELECT 1 FROM "PlanItemLink" AS other WHERE other."PlanItemId" = "PlanItemLink"."PlanItemId" AND other."Kind" = 'Page' AND other."Target" = '{to}');

        """;
}
