using System.Globalization;
using System.Text.Json;
using TheoDoi.Core.Texts;

namespace TheoDoi.Audit;

/// <summary>
/// The one place where the audit trail's entity and field names become words a clerk reads, in
/// Vietnamese and English, and where stored values (ISO dates, enum names, booleans) are shown as the
/// pages show them. A name missing here falls back to the property's own name.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, Bilingual> s_entities = new(StringComparer.Ordinal)
    {
        ["PlanItem"] = new("Nhiệm vụ", "Task"),
        ["Plan"] = new("Kế hoạch", "Plan"),
        ["Unit"] = new("Đơn vị", "Unit"),
        ["UnitSuccession"] = new("Sắp xếp đơn vị", "Unit succession"),
        ["Indicator"] = new("Chỉ tiêu", "Indicator"),
        ["IndicatorTarget"] = new("Mục tiêu chỉ tiêu", "Indicator target"),
        ["IndicatorValue"] = new("Số liệu chỉ tiêu", "Indicator value"),
        ["IndicatorDefinitionVersion"] = new("Phiên bản định nghĩa chỉ tiêu", "Indicator definition version"),
        ["IndustrialPark"] = new("Khu công nghiệp", "Industrial park"),
        ["ParkComplianceCheck"] = new("Kiểm tra KCN", "Park check"),
        ["WasteStatistic"] = new("Thống kê chất thải", "Waste statistic"),
        ["TaskAssignment"] = new("Phân công nhiệm vụ", "Task assignment"),
        ["TaskUpdate"] = new("Cập nhật nhiệm vụ", "Task update"),
        ["TaskEvidence"] = new("Minh chứng", "Evidence"),
        ["ReportingCycle"] = new("Kỳ báo cáo", "Reporting cycle"),
        ["UnitReport"] = new("Báo cáo đơn vị", "Unit report"),
        ["ReportEvent"] = new("Bước báo cáo", "Report step"),
        ["AppUser"] = new("Tài khoản", "Account"),
        ["WaterStation"] = new("Trạm quan trắc", "Monitoring station"),
        ["WaterImportBatch"] = new("Lần nhập số liệu quan trắc", "Observation import"),
        ["Notification"] = new("Thông báo", "Notification"),
        ["SystemSetting"] = new("Thiết lập hệ thống", "System setting"),
        ["Partner"] = new("Đối tác trao đổi dữ liệu", "Data exchange partner"),
        ["Agreement"] = new("Thỏa thuận chia sẻ dữ liệu", "Data sharing agreement"),
        ["PartnerKey"] = new("Khóa API của đối tác", "Partner API key"),
    };

    // Entity-specific names first ("PlanItem.Status"), then names shared by every entity ("Status").
    private static readonly Dictionary<string, Bilingual> s_fields = new(StringComparer.Ordinal)
    {
        ["Id"] = new("Mã số", "Id"),
        ["Code"] = new("Mã", "Code"),
        ["Name"] = new("Tên", "Name"),
        ["Title"] = new("Tên nhiệm vụ", "Title"),
        ["Status"] = new("Trạng thái", "Status"),
        ["State"] = new("Trạng thái", "State"),
        ["Progress"] = new("Tiến độ (%)", "Progress (%)"),
        ["Weight"] = new("Trọng số", "Weight"),
        ["StartDate"] = new("Ngày bắt đầu", "Start date"),
        ["DueDate"] = new("Hạn hoàn thành", "Due date"),
        ["Note"] = new("Ghi chú", "Note"),
        ["Comment"] = new("Ghi chú", "Comment"),
        ["Source"] = new("Nguồn", "Source"),
        ["Year"] = new("Năm", "Year"),
        ["Value"] = new("Giá trị", "Value"),
        ["Numerator"] = new("Tử số", "Numerator"),
        ["Denominator"] = new("Mẫu số", "Denominator"),
        ["UnitId"] = new("Đơn vị", "Unit"),
        ["UnitCode"] = new("Mã đơn vị", "Unit code"),
        ["PlanItemId"] = new("Nhiệm vụ", "Task"),
        ["IndicatorId"] = new("Chỉ tiêu", "Indicator"),
        ["CycleId"] = new("Kỳ báo cáo", "Reporting cycle"),
        ["StationId"] = new("Trạm", "Station"),
        ["ValidFrom"] = new("Hiệu lực từ", "Valid from"),
        ["ValidTo"] = new("Hiệu lực đến", "Valid to"),
        ["Kind"] = new("Loại", "Kind"),
        ["Role"] = new("Vai trò", "Role"),
        ["Narrative"] = new("Tình hình chung", "General situation"),
        ["Difficulties"] = new("Khó khăn, vướng mắc", "Difficulties"),
        ["Proposals"] = new("Đề xuất, kiến nghị", "Proposals"),
        ["Results"] = new("Kết quả", "Results"),
        ["ReturnReason"] = new("Lý do trả lại", "Reason for return"),
        ["SubmittedAt"] = new("Gửi lần đầu lúc", "First submitted at"),
        ["LastSubmittedAt"] = new("Gửi gần nhất lúc", "Last submitted at"),
        ["AcceptedAt"] = new("Chấp nhận lúc", "Accepted at"),
        ["AcceptedBy"] = new("Người chấp nhận", "Accepted by"),
        ["UpdatedAt"] = new("Cập nhật lúc", "Updated at"),
        ["UpdatedBy"] = new("Người cập nhật", "Updated by"),
        ["EnteredBy"] = new("Người nhập", "Entered by"),
        ["Deadline"] = new("Hạn nộp", "Deadline"),
        ["Version"] = new("Phiên bản", "Version"),
        ["IsDemo"] = new("Dữ liệu minh họa", "Demo data"),
        ["QualityFlag"] = new("Cảnh báo số liệu", "Quality flag"),
        ["Origin"] = new("Nguồn gốc", "Origin"),
        ["UserName"] = new("Tên đăng nhập", "User name"),
        ["Email"] = new("Thư điện tử", "E-mail"),
        ["DisplayName"] = new("Họ tên", "Display name"),
        ["LockoutEnd"] = new("Khóa đến", "Locked until"),
        ["AccessFailedCount"] = new("Số lần đăng nhập sai", "Failed sign-ins"),
        ["PartProgress"] = new("Tiến độ phần việc (%)", "Part progress (%)"),
        ["PartNote"] = new("Ghi chú phần việc", "Part note"),
        ["FileName"] = new("Tên tệp", "File name"),
        ["Description"] = new("Mô tả", "Description"),
        ["AreaHa"] = new("Diện tích (ha)", "Area (ha)"),
        ["HasCentralPlant"] = new("Có NMXLNT tập trung", "Has a central plant"),
        ["PlantCapacity"] = new("Công suất (m³/ngày)", "Capacity (m³/day)"),
        ["ConnectedToAutoMonitoring"] = new("Kết nối quan trắc tự động", "Connected to automatic monitoring"),
        ["MeetsStandard"] = new("Đạt quy chuẩn", "Meets the standard"),
        ["Date"] = new("Ngày", "Date"),
        ["Reference"] = new("Văn bản", "Reference"),
        ["UrbanGenerated"] = new("CTRSH đô thị phát sinh (tấn/ngày)", "Urban solid waste generated (t/day)"),
        ["UrbanCollected"] = new("CTRSH đô thị thu gom (tấn/ngày)", "Urban solid waste collected (t/day)"),
        ["UrbanTreated"] = new("CTRSH đô thị xử lý (tấn/ngày)", "Urban solid waste treated (t/day)"),
        ["HazardousGenerated"] = new("CTNH phát sinh (tấn/năm)", "Hazardous waste generated (t/year)"),
        ["HazardousTreated"] = new("CTNH xử lý (tấn/năm)", "Hazardous waste treated (t/year)"),
        ["PlanItem.Code"] = new("Số hiệu nhiệm vụ", "Task number"),
        ["Unit.Name"] = new("Tên đơn vị", "Unit name"),
        ["Indicator.Name"] = new("Tên chỉ tiêu", "Indicator name"),
        ["WaterStation.Name"] = new("Tên trạm", "Station name"),
    };

    // Enum names as stored (JsonStringEnumConverter) → the features' own labels.
    private static readonly Dictionary<string, Bilingual> s_values = new(StringComparer.Ordinal)
    {
        ["NotStarted"] = new(Tasks.TaskLabels.Status(Tasks.WorkStatus.NotStarted), "Not started"),
        ["InProgress"] = new(Tasks.TaskLabels.Status(Tasks.WorkStatus.InProgress), "In progress"),
        ["Done"] = new(Tasks.TaskLabels.Status(Tasks.WorkStatus.Done), "Done"),
        ["Paused"] = new(Tasks.TaskLabels.Status(Tasks.WorkStatus.Paused), "Paused"),
        ["Lead"] = new(Tasks.TaskLabels.Role(Tasks.AssignmentRole.Lead), "Lead"),
        ["Coordinating"] = new(Tasks.TaskLabels.Role(Tasks.AssignmentRole.Coordinating), "Coordinating"),
        ["Draft"] = new("Nháp", "Draft"),
        ["Submitted"] = new("Đã gửi", "Submitted"),
        ["Returned"] = new("Bị trả lại", "Returned"),
        ["Resubmitted"] = new("Đã gửi lại", "Resubmitted"),
        ["Accepted"] = new("Đã chấp nhận", "Accepted"),
        ["Approved"] = new("Đã duyệt", "Approved"),
        ["Province"] = new("Tỉnh, thành phố", "Province"),
        ["MinistryUnit"] = new("Đơn vị thuộc Bộ", "Ministry unit"),
    };

    public static IReadOnlyCollection<string> Entities => s_entities.Keys;

    public static string Entity(string entity) => s_entities.TryGetValue(entity, out var name) ? name.Pick() : entity;

    public static string Field(string entity, string property) =>
        s_fields.TryGetValue(entity + "." + property, out var specific) ? specific.Pick()
        : s_fields.TryGetValue(property, out var shared) ? shared.Pick()
        : property;

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Insert => new Bilingual("Thêm", "Added").Pick(),
        AuditAction.Delete => new Bilingual("Xóa", "Deleted").Pick(),
        _ => new Bilingual("Sửa", "Changed").Pick(),
    };

    /// <summary>A stored JSON value as the pages show it: dd/mm/yyyy, vi-VN numbers, có/không, feature labels.</summary>
    public static string Value(JsonElement value)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "—";
            case JsonValueKind.True:
                return new Bilingual("có", "yes").Pick();
            case JsonValueKind.False:
                return new Bilingual("không", "no").Pick();
            case JsonValueKind.Number:
                return value.TryGetDecimal(out var number) ? number.ToString("#,##0.####", Bilingual.IsEnglish ? CultureInfo.InvariantCulture : vi) : value.GetRawText();
            case JsonValueKind.String:
                var text = value.GetString() ?? "";
                if (s_values.TryGetValue(text, out var label))
                {
                    return label.Pick();
                }

                if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                }

                if (text.Length >= 19 && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
                {
                    return Shared.Format.DateTimeIn(instant, CultureInfo.InvariantCulture);
                }

                return text.Length == 0 ? "—" : text;
            default:
                return value.GetRawText();
        }
    }

    /// <summary>The changes of one entry as "field: old → new" lines (an insert shows the new values only).</summary>
    public static IReadOnlyList<(string Field, string? Old, string New)> Changes(AuditEntry entry) =>
        [.. ChangesWithLanguage(entry).Select(c => (c.Field, c.Old, c.New))];

    /// <summary>
    /// <see cref="Changes"/> with the language of the stored values: "en" for an English field
    /// (NameEn, SubjectEn …), "vi" for any other stored text — record content, not interface text,
    /// which pages mark with a lang attribute — and null when the value is a label, number or date.
    /// </summary>
    public static IReadOnlyList<(string Field, string? Old, string New, string? Lang)> ChangesWithLanguage(AuditEntry entry)
    {
        using var document = JsonDocument.Parse(entry.Changes);
        var lines = new List<(string, string?, string, string?)>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var old = property.Value.TryGetProperty("old", out var o) ? o : default;
            var @new = property.Value.TryGetProperty("new", out var n) ? n : default;
            var stored = IsStoredText(old) || IsStoredText(@new);
            var lang = !stored ? null : property.Name.EndsWith("En", StringComparison.Ordinal) ? "en" : "vi";
            lines.Add((Field(entry.Entity, property.Name), entry.Action == AuditAction.Insert ? null : Value(old), Value(@new), lang));
        }

        return lines;
    }

    /// <summary>A string value shown as typed (not a label, a date or an instant).</summary>
    private static bool IsStoredText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString() ?? "";
        return text.Length > 0 && !s_values.ContainsKey(text) && !(text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-');
    }
}
