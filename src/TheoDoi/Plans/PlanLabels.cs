namespace TheoDoi.Plans;

/// <summary>How plan terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class PlanLabels
{
    public static string Scope(AssigneeScope scope) => scope switch
    {
        AssigneeScope.AllUnits => "Các cơ quan, đơn vị thuộc Bộ",
        AssigneeScope.PartyOrganisations => "Các cấp ủy, tổ chức đảng",
        AssigneeScope.PartyCommitteeMembers => "Thành viên Ban Cán sự đảng Bộ",
        AssigneeScope.RelatedAgenciesAndProvinces => "Các cơ quan và địa phương liên quan",
        _ => scope.ToString(),
    };

    public static string Recurrence(string recurrence) => recurrence switch
    {
        "annual-before-10-12" => "Hằng năm, trước ngày 10/12",
        _ => recurrence,
    };
}
