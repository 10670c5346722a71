namespace GaiEval.Reporting.Html;

/// <summary>One group of <see cref="DrilldownSelection"/>: its name, how many items it has, which of them report.html shows.</summary>
internal sealed record DrilldownGroup(string Name, int Total, IReadOnlyList<int> Chosen);
