namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.TestSets;
using GaiEval.Providers.Knowledge;

/// <summary>A plan with its gold set and knowledge base, all validated; every error of the three is reported at once.</summary>
internal sealed record PlanInputs(EvalPlan Plan, TestSet TestSet, KnowledgeBase? Knowledge)
{
    public static PlanInputs Load(string planPath)
    {
        EvalPlan plan = PlanLoader.Load(planPath);
        var errors = new List<InputError>();
        TestSet? testSet = Collect(() => TestSetLoader.Load(plan.TestSet, plan.Knowledge), errors);
        KnowledgeBase? knowledge = LoadKnowledge(plan.Knowledge, errors);
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new PlanInputs(plan, testSet!, knowledge);
    }

    /// <summary>Loads the knowledge base a stored plan names, for resuming.</summary>
    public static KnowledgeBase? LoadKnowledge(string? folder)
    {
        var errors = new List<InputError>();
        KnowledgeBase? knowledge = LoadKnowledge(folder, errors);
        return errors.Count > 0 ? throw new InputException(errors) : knowledge;
    }

    private static KnowledgeBase? LoadKnowledge(string? folder, List<InputError> errors) =>
        folder is null ? null : Collect(() => KnowledgeBaseLoader.Load(folder), errors);

    private static T? Collect<T>(Func<T> load, List<InputError> errors)
        where T : class
    {
        try
        {
            return load();
        }
        catch (InputException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }
}
