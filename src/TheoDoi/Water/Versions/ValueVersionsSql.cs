using System.Globalization;

namespace TheoDoi.Water;

/// <summary>
/// The versions of shared values (issue 10, item 4): which changes make one, and the SQL that writes
/// them set-based, in the transaction of the change — one INSERT … SELECT per import batch with
/// corrections (only updated keys; new values never), one per validation.
/// </summary>
/// <remarks>
/// Every correction of a stored value is kept, whatever its QC state: agreements that include raw
/// data may have received a raw value. A QC change is kept when a partner may see the difference: a
/// value rejected, a rejected one restored, a validated one set back to raw. The first validation of a
/// raw value (raw → validated) is not a version — it is new validated data, which the public reads and
/// exports give by period — and it would copy nearly every value into this table.
/// On PostgreSQL the writers take one transaction-level advisory lock before writing versions, so
/// version ids commit in increasing order and a feed cursor (the last id sent) never skips a change of
/// a transaction that was still open; SQLite has one writer at a time anyway.
/// </remarks>
public static class ValueVersionsSql
{
    public const string Table = "water_value_versions";

    public const string Columns = "station_id, parameter_id, observed_at, old_value, new_value, old_qualifier, new_qualifier, old_qc, new_qc, kind, changed_at, batch_id, actor, reason";

    /// <summary>Any fixed number: the lock serialises writers of versions only.</summary>
    private const long LockKey = 7_100_410;

    public static string Lock(bool postgres) => postgres ? string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({LockKey});") : "";

    /// <summary>The kind of a QC change, or null when it makes no version.</summary>
    public static ValueChangeKind? KindOf(QcState old, QcState @new) => (old, @new) switch
    {
        _ when old == @new => null,
        (_, QcState.Rejected) => ValueChangeKind.Rejected,
        (QcState.Rejected, _) => ValueChangeKind.Restored,
        (QcState.Validated, QcState.Raw) => ValueChangeKind.Unvalidated,
        _ => null,
    };

    /// <summary>The old states whose change to <paramref name="new"/> makes a version, and the SQL <c>CASE</c> giving each its kind.</summary>
    public static (string OldStates, string KindCase) QcChange(QcState @new, string qcColumn)
    {
        var kinds = Enum.GetValues<QcState>().Select(old => (Old: old, Kind: KindOf(old, @new))).Where(k => k.Kind is not null).ToList();
        if (kinds.Count == 0)
        {
            return ("", "");
        }

        var olds = string.Join(", ", kinds.Select(k => ((short)k.Old).ToString(CultureInfo.InvariantCulture)));
        var cases = string.Join(" ", kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"WHEN {(short)k.Old} THEN {(short)k.Kind!.Value}")));
        return (olds, $"CASE {qcColumn} {cases} END");
    }
}
