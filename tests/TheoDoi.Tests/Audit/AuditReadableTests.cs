using System.Globalization;
using MiniExcelLibs;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Units;

namespace TheoDoi.Tests.Audit;

/// <summary>The audit trail a clerk can read: words instead of JSON, filters, an export, and who may see it.</summary>
public sealed class AuditReadableTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private int _unitId;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _unitId = await _app.WithDbAsync(async db =>
        {
            using var _ = AuditActor.As("alice");
            var unit = db.Units.Add(new Unit { Code = "AUD1", Name = "Đơn vị cũ", Kind = UnitKind.MinistryUnit, ValidFrom = new DateOnly(2024, 1, 1) }).Entity;
            await db.SaveChangesAsync();
            unit.Name = "Đơn vị mới";
            unit.ValidFrom = new DateOnly(2024, 3, 15);
            await db.SaveChangesAsync();
            return unit.Id;
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<BrowserlessSession> SignedInAsync(string role)
    {
        var username = role + "-audit-" + Guid.NewGuid().ToString("N")[..6];
        var password = await _app.AddUserAsync(username, role, role == Roles.Reporter ? "CMT" : null);
        var session = new BrowserlessSession(_app);
        await session.SignInAsync(username, password);
        return session;
    }

    [Fact]
    public async Task The_page_names_the_record_with_a_link_and_lists_field_old_to_new_in_Vietnamese_without_JSON()
    {
        using var session = await SignedInAsync(Roles.Coordinator);

        var html = System.Net.WebUtility.HtmlDecode(await (await session.GetAsync("/audit?actor=alice")).Content.ReadAsStringAsync());
        var text = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");

        Assert.Contains($"<a href=\"/units/AUD1\">Đơn vị mới</a>", html, StringComparison.Ordinal);
        Assert.Contains("Tên đơn vị : Đơn vị cũ → Đơn vị mới", text, StringComparison.Ordinal);
        Assert.Contains("Hiệu lực từ : 01/01/2024 → 15/03/2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ValidFrom", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_names_and_values_follow_the_language_and_fall_back_to_the_property_name()
    {
        var entry = new AuditEntry
        {
            Actor = "alice",
            Action = AuditAction.Update,
            Entity = "PlanItem",
            EntityKey = "1",
            Changes = """{"Status":{"old":"NotStarted","new":"Done"},"Progress":{"old":10,"new":100.5},"IsDemo":{"old":false,"new":true},"Mystery":{"old":null,"new":"x"}}""",
        };
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal(["Trạng thái: Chưa triển khai → Hoàn thành", "Tiến độ (%): 10 → 100,5", "Dữ liệu minh họa: không → có", "Mystery: — → x"],
                AuditLabels.Changes(entry).Select(AuditExport.Line));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal(["Status: Not started → Done", "Progress (%): 10 → 100.5", "Demo data: no → yes", "Mystery: — → x"],
                AuditLabels.Changes(entry).Select(AuditExport.Line));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task The_api_filters_by_person_record_type_unit_and_date_range()
    {
        var coordinator = await _app.ClientAsAsync(Roles.Coordinator);
        await _app.AddUserAsync("cmt-clerk", Roles.Reporter, "CMT");
        await _app.WithDbAsync(async db =>
        {
            using var _ = AuditActor.As("cmt-clerk");
            (await db.Units.SingleAsync(u => u.Id == _unitId)).ShortName = "ĐVM";
            return await db.SaveChangesAsync();
        });
        async Task<List<AuditEndpoints.AuditDto>> GetAsync(string query) =>
            (await coordinator.GetFromJsonAsync<List<AuditEndpoints.AuditDto>>("/api/v1/audit?" + query, Json.Options))!;
        var today = TheoDoi.Core.Time.VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var byActor = await GetAsync("actor=alice");
        var byEntity = await GetAsync("entity=Unit&limit=500");
        var byUnit = await GetAsync("unit=cmt");
        var byToday = await GetAsync($"actor=alice&from={today}&to={today}");
        var byPast = await GetAsync("actor=alice&from=2020-01-01&to=2020-12-31");

        Assert.Equal(2, byActor.Count);
        Assert.All(byEntity, e => Assert.Equal("Unit", e.Entity));
        Assert.Contains(byEntity, e => e.Actor == "alice");
        Assert.Equal(["cmt-clerk"], byUnit.Select(e => e.Actor).Distinct());
        Assert.Equal(2, byToday.Count);
        Assert.Empty(byPast);
    }

    [Fact]
    public async Task The_page_filters_and_pages_with_the_query_string()
    {
        using var session = await SignedInAsync(Roles.Admin);
        await _app.WithDbAsync(async db =>
        {
            using var _ = AuditActor.As("bob");
            var unit = await db.Units.SingleAsync(u => u.Id == _unitId);
            for (var i = 0; i < TheoDoi.Audit.Index.PageSize + 5; i++)
            {
                unit.ShortName = "Lần " + i.ToString(CultureInfo.InvariantCulture);
                await db.SaveChangesAsync();
            }

            return 0;
        });

        var alice = await (await session.GetAsync("/audit?actor=alice&entity=Unit")).Content.ReadAsStringAsync();
        var nobody = await (await session.GetAsync("/audit?actor=alice&from=2020-01-01&to=2020-01-31")).Content.ReadAsStringAsync();
        var first = System.Net.WebUtility.HtmlDecode(await (await session.GetAsync("/audit?actor=bob")).Content.ReadAsStringAsync());
        var older = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/audit\\?actor=bob&before=\\d+)\" data-testid=\"audit-older\"");
        Assert.True(older.Success, "a link to the older entries keeps the filter");
        var second = await (await session.GetAsync(older.Groups[1].Value)).Content.ReadAsStringAsync();

        Assert.Equal(2, alice.Split("data-testid=\"audit-changes\"").Length - 1);
        Assert.Contains("Không có thay đổi nào khớp bộ lọc.", System.Net.WebUtility.HtmlDecode(nobody), StringComparison.Ordinal);
        Assert.Equal(TheoDoi.Audit.Index.PageSize, first.Split("data-testid=\"audit-changes\"").Length - 1);
        Assert.Equal(5, second.Split("data-testid=\"audit-changes\"").Length - 1);
    }

    [Fact]
    public async Task The_export_is_the_filtered_list_in_the_page_s_words()
    {
        using var session = await SignedInAsync(Roles.Coordinator);

        var response = await session.GetAsync("/audit?handler=export&actor=alice");
        response.EnsureSuccessStatusCode();
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true, sheetName: AuditExport.Sheet)
            .Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("alice", r["Người thực hiện"]));
        Assert.Equal(["Sửa", "Thêm"], rows.Select(r => r["Thao tác"]));
        Assert.Equal("Đơn vị mới", rows[0]["Dữ liệu"]);
        Assert.Contains("Tên đơn vị: Đơn vị cũ → Đơn vị mới", (string)rows[0]["Thay đổi"]!, StringComparison.Ordinal);
        Assert.Matches(@"^\d\d/\d\d/\d{4} \d\d:\d\d$", (string)rows[0]["Thời điểm"]!);
    }

    [Theory]
    [InlineData(Roles.Coordinator, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Reporter, false)]
    [InlineData(Roles.Leader, false)]
    [InlineData(Roles.DataSteward, false)]
    public async Task Only_coordinators_and_admins_read_the_page_and_its_export(string role, bool allowed)
    {
        using var session = await SignedInAsync(role);

        var page = await session.GetAsync("/audit");
        var export = await session.GetAsync("/audit?handler=export");
        var api = await (await _app.ClientAsAsync(role)).GetAsync("/api/v1/audit?actor=alice");

        Assert.Equal(allowed, page.StatusCode == HttpStatusCode.OK && page.RequestMessage!.RequestUri!.AbsolutePath == "/audit");
        Assert.Equal(allowed, export.StatusCode == HttpStatusCode.OK && export.Content.Headers.ContentType?.MediaType == TheoDoi.Indicators.ValueWorkbook.ContentType);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, api.StatusCode);
    }
}
