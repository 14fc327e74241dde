namespace TheoDoi.Core.Water;

/// <summary>How a reported value relates to the true value.</summary>
public enum Qualifier
{
    /// <summary>The value is the measurement.</summary>
    None,

    /// <summary>"&lt;": below the detection limit; the value is the limit.</summary>
    LessThan,

    /// <summary>"&gt;": above the measuring range; the value is the range's top.</summary>
    GreaterThan,
}

/// <summary>
/// One parameter of one sample, in the parameter's canonical unit (see
/// <see cref="WaterParameters"/>): the input of VN_WQI and of QCVN 08 classification.
/// </summary>
public sealed record Measurement(string Parameter, decimal Value, Qualifier Qualifier = Qualifier.None)
{
    /// <summary>The qualifier as written in exchange files: "", "&lt;" or "&gt;".</summary>
    public static string Symbol(Qualifier qualifier) => qualifier switch
    {
        Qualifier.LessThan => "<",
        Qualifier.GreaterThan => ">",
        _ => "",
    };

    /// <summary>Reads "", "&lt;" or "&gt;" (surrounding spaces ignored); false for anything else.</summary>
    public static bool TryParseQualifier(string? text, out Qualifier qualifier)
    {
        switch (text?.Trim())
        {
            case null or "":
                qualifier = Qualifier.None;
                return true;
            case "<":
                qualifier = Qualifier.LessThan;
                return true;
            case ">":
                qualifier = Qualifier.GreaterThan;
                return true;
            default:
                qualifier = Qualifier.None;
                return false;
        }
    }

    public override string ToString() =>
        $"{Parameter} {Symbol(Qualifier)}{DecimalMath.Format(Value)}";
}
