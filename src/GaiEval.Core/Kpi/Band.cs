namespace GaiEval.Core.Kpi;

/// <summary>
/// A survey answer that is a number or a band (「週1〜2回」, 「15〜30分」, 「60分以上」): its lower edge, its upper edge
/// (null when open-ended; equal to <see cref="Low"/> for a plain number) and the label as answered.
/// </summary>
public sealed record Band(double Low, double? High, string Label)
{
    public static Band Exact(double value, string label) => new(value, value, label);

    public bool IsExact => High == Low;
}
