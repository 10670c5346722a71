namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Contamination;
using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Analysis.Statistics;

/// <summary>Computes a run's <see cref="RunAnalysis"/> from its stored responses and scores. Deterministic: the same run
/// always gives the same analysis (bootstrap resampling uses a fixed seed).</summary>
public static class RunAnalysisBuilder
{
    /// <summary>α of the paired comparisons.</summary>
    public const double SignificanceLevel = 0.05;

    public static RunAnalysis Build(RunResults results, int bootstrapResamples = Bootstrap.DefaultResamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrapResamples, 1);
        List<ProviderCalls> providers = [.. results.Plan.Providers.Select(p => new ProviderCalls(results, p))];
        return new RunAnalysis
        {
            RunId = results.Run.RunId,
            ItemCount = results.Items.Count,
            Repeats = results.Run.Repeats,
            SignificanceLevel = SignificanceLevel,
            BootstrapResamples = bootstrapResamples,
            Providers = [.. providers.Select(p => ProviderAnalyser.Analyse(p, results, bootstrapResamples))],
            Comparisons = PairedComparisons.Compare(providers, SignificanceLevel),
            Risk = RiskAnalyser.Analyse(results),
            SplitGaps = SplitGapAnalyser.Analyse(results),
        };
    }
}
