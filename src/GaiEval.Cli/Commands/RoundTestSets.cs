namespace GaiEval.Cli.Commands;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.TestSets;

/// <summary>The test set a round command is given: a plan's (.yaml) or a test-set file's (.jsonl / .csv).</summary>
internal static class RoundTestSets
{
    public const string ArgumentHelp = "評価計画（.yaml、その testset を使います）またはテストセット（.jsonl / .csv）";

    public static TestSet Load(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".yaml" or ".yml"
            ? TestSetLoader.Load(PlanLoader.Load(file).TestSet)
            : TestSetLoader.Load(file);
}
