namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;

/// <summary>How one output (report.html, decision.md) writes the measured figures and amounts of the comparison, so both say the same in their own style.</summary>
/// <param name="Share">A share with its 95% interval and n.</param>
/// <param name="Seconds">A latency in milliseconds written in seconds, with its interval and n.</param>
/// <param name="Money">An amount in the plan's currency.</param>
/// <param name="PerUnit">A cost per correct answer with its interval.</param>
internal sealed record MethodFormat(Func<Estimate, string> Share, Func<Estimate, string> Seconds, Func<double, string> Money, Func<UnitCost, string> PerUnit);
