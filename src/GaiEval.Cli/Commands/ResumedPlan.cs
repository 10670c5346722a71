namespace GaiEval.Cli.Commands;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.TestSets;

/// <summary>
/// <c>gaieval run --resume RUN_ID PLAN</c>: a resumed run always uses the plan stored when it started. A named plan
/// that differs from it gets a notice; one whose test set differs is refused, since the resumed calls would not match
/// the stored ones.
/// </summary>
internal static class ResumedPlan
{
    /// <exception cref="InputException">The named plan cannot be read, or its test set is not the run's.</exception>
    public static void Compare(string planPath, RunInfo run, EvalPlan stored, string resumeCommand)
    {
        EvalPlan named = PlanLoader.Load(planPath);
        TestSet testSet = TestSetLoader.Load(named.TestSet, named.Knowledge);
        if (testSet.ContentHash != run.TestSetHash)
        {
            throw new InputException(planPath, 0, "testset",
                $"この計画のテストセット {named.TestSet} は、実行 {run.RunId} のテストセット {run.TestSetPath} と内容が違います（{testSet.Items.Count}問、実行は {run.ItemCount}問）。" +
                $"再開すると保存済みの呼び出しと合わないため、再開していません。実行開始時の計画のまま再開するには、計画を指定せずに: {resumeCommand}");
        }

        if (!Same(named, stored))
        {
            System.Console.Error.WriteLine(
                $"注意: 指定した計画 {planPath} は実行 {run.RunId} の開始時の計画（{stored.PlanFile}）と違います。再開には開始時に保存した計画を使い、指定した計画は使いません（テストセットは同じです）。");
        }
    }

    private static bool Same(EvalPlan named, EvalPlan stored) =>
        Path.GetFullPath(named.PlanFile) == Path.GetFullPath(stored.PlanFile)
        && named.Name == stored.Name
        && named.Repeats == stored.Repeats
        && named.Knowledge == stored.Knowledge
        && Providers(named.Providers).SequenceEqual(Providers(stored.Providers))
        && Providers(named.Judges).SequenceEqual(Providers(stored.Judges));

    private static IEnumerable<string> Providers(IEnumerable<ProviderProfile> providers) =>
        providers.Select(p => $"{p.Id}|{p.Adapter}|{p.Model}|{p.Endpoint}");
}
