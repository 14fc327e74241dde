using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>
/// A parsed <c>$filter</c> or <c>$orderby</c> expression (OGC SensorThings API 1.1, 9.3.3.5: the OData
/// 4.0 expression syntax with its comparison, logical and arithmetic operators and built-in functions).
/// </summary>
public abstract record StaNode;

/// <summary>A property of the entity, or a path through single-valued navigations: <c>name</c>, <c>Datastream/id</c>, <c>properties/code</c>.</summary>
public sealed record StaProperty(string Path) : StaNode;

/// <summary>A literal: long, double, string, bool, <see cref="DateTimeOffset"/> or null.</summary>
public sealed record StaLiteral(object? Value) : StaNode;

/// <summary><c>eq ne gt ge lt le and or add sub mul div mod</c>.</summary>
public sealed record StaBinary(string Operator, StaNode Left, StaNode Right) : StaNode;

/// <summary><c>not</c> or <c>-</c>.</summary>
public sealed record StaUnary(string Operator, StaNode Operand) : StaNode;

/// <summary>A built-in function (name in lower case).</summary>
public sealed record StaCall(string Function, IReadOnlyList<StaNode> Arguments) : StaNode;

/// <summary>
/// A request the standard says to answer with 400 (bad syntax, unknown property or function, wrong
/// types). The message says what is wrong, where the standard asks for "an error message".
/// </summary>
public sealed class StaQueryException(Bilingual message) : Exception(message.En)
{
    public Bilingual Text { get; } = message;
}
