using TheoDoi.Core.Units;

namespace TheoDoi.Units;

public enum UnitKind
{
    Ministry,
    Party,
    MinistryUnit,
    Province,
}

/// <summary>
/// A unit (ministry, ministry unit, Party body or province) for one period of its existence.
/// A merger or rename ends the period and starts another one linked by a <see cref="UnitSuccession"/>;
/// rows are never rewritten to look like the new unit.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Stable key of built-in rows, so loading the built-in data twice changes nothing.</summary>
    public string? SeedKey { get; set; }

    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public string? NameEn { get; set; }
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last valid day, inclusive; null while the unit exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public string? Note { get; set; }

    public List<UnitSuccession> Successors { get; } = [];
    public List<UnitSuccession> Predecessors { get; } = [];

    public string DisplayName(bool english) => english && NameEn is { Length: > 0 } ? NameEn : Name;

    public UnitPeriod ToPeriod() => new(Id, Code, ValidFrom, ValidTo);
}

/// <summary>From <see cref="Effective"/> on, the successor holds what the predecessor held.</summary>
public sealed class UnitSuccession
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public Unit Predecessor { get; set; } = null!;
    public int SuccessorId { get; set; }
    public Unit Successor { get; set; } = null!;
    public DateOnly Effective { get; set; }
    public SuccessionKind Kind { get; set; }
    public string? LegalBasis { get; set; }
    public string? Note { get; set; }

    public SuccessionLink ToLink() => new(PredecessorId, SuccessorId, Effective, Kind);
}
