namespace GaiEval.Core.Decision;

using System.Globalization;

/// <summary>
/// One metric a criterion may name: its plan name, Japanese label, unit, the way it gets better, what it measures,
/// and how its figures are written (<paramref name="Format"/> is a .NET numeric format, invariant culture).
/// </summary>
public sealed record DecisionMetric(string Name, string Label, string Unit, GoodDirection Direction, string Description, string Format)
{
    /// <summary>The operators that point the good way: &gt;= and &gt; for <see cref="GoodDirection.Higher"/>, else &lt;= and &lt;.</summary>
    public IReadOnlyList<string> GoodOperators => Direction == GoodDirection.Higher ? [">=", ">"] : ["<=", "<"];

    /// <summary>A measured figure, e.g. "0.912" or "1,234" (without the unit).</summary>
    public string FormatValue(double value) => value.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A threshold as the plan wrote it, with thousands separators for large numbers (0.85, 8, 300,000).</summary>
    public static string FormatThreshold(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "#,0.##" : "0.####", CultureInfo.InvariantCulture);
}
