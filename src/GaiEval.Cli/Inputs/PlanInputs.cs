namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Replay;
using GaiEval.Core.TestSets;
using GaiEval.Providers.Knowledge;

/// <summary>
/// A plan with its gold set and knowledge base, and its risk probes with their own knowledge base, all validated; every
/// error of them is reported at once.
/// </summary>
internal sealed record PlanInputs(EvalPlan Plan, TestSet TestSet, KnowledgeBase? Knowledge)
{
    /// <summary>The probe set's items (each with a risk); empty when the plan runs no probes.</summary>
    public IReadOnlyList<GoldItem> Probes { get; init; } = [];

    /// <summary>The probe set's own knowledge base, which probe items search instead of the plan's.</summary>
    public KnowledgeBase? ProbeKnowledge { get; init; }

    /// <summary>The test set's items and the probes, as the run stores them.</summary>
    public IReadOnlyList<GoldItem> AllItems => [.. TestSet.Items, .. Probes];

    public static PlanInputs Load(string planPath)
    {
        EvalPlan plan = PlanLoader.Load(planPath);
        var errors = new List<InputError>();
        string? knowledgeFolder = plan.Knowledge;
        var knowledgeErrors = new List<InputError>();
        Task<KnowledgeBase?> loadingKnowledge = Task.Run(() => LoadKnowledge(knowledgeFolder, knowledgeErrors));
        TestSet? testSet = Collect(() => TestSetLoader.Load(plan.TestSet, knowledgeFolder), errors);
        KnowledgeBase? knowledge = loadingKnowledge.GetAwaiter().GetResult();
        errors.AddRange(knowledgeErrors);
        TestSet? probes = plan.Risk.ProbeItems is { } file ? Collect(() => TestSetLoader.Load(file, plan.Risk.ProbeKnowledge), errors) : null;
        KnowledgeBase? probeKnowledge = LoadKnowledge(plan.Risk.ProbeKnowledge, errors);
        if (testSet is not null)
        {
            errors.AddRange(ProbesInTestSet(testSet));
        }

        if (testSet is not null && probes is not null)
        {
            errors.AddRange(ProbeProblems(testSet, probes));
        }

        plan = PinAnswerFiles(plan, testSet is null ? null : [.. testSet.Items, .. probes?.Items ?? []], errors);

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new PlanInputs(plan with { Risk = plan.Risk with { ProbeKnowledgeHash = probeKnowledge?.ContentHash } }, testSet!, knowledge)
        {
            Probes = probes?.Items ?? [],
            ProbeKnowledge = probeKnowledge,
        };
    }

    /// <summary>
    /// These inputs with <paramref name="providers"/> in place of the plan's (a round's submissions), their answers files
    /// checked as a plan's are.
    /// </summary>
    public PlanInputs WithProviders(IReadOnlyList<ProviderProfile> providers, string name)
    {
        var errors = new List<InputError>();
        EvalPlan plan = PinAnswerFiles(Plan with { Providers = providers, Name = name }, AllItems, errors);
        return errors.Count > 0 ? throw new InputException(errors) : this with { Plan = plan };
    }

    /// <summary>Loads the knowledge base a stored plan names, for resuming.</summary>
    public static KnowledgeBase? LoadKnowledge(string? folder)
    {
        var errors = new List<InputError>();
        KnowledgeBase? knowledge = LoadKnowledge(folder, errors);
        return errors.Count > 0 ? throw new InputException(errors) : knowledge;
    }

    /// <summary>An item with a risk is a probe, kept out of accuracy: in the test set it would vanish from every figure unannounced.</summary>
    private static IEnumerable<InputError> ProbesInTestSet(TestSet testSet) =>
        testSet.Items.Where(i => i.IsProbe).Select(i => new InputError(testSet.Path, testSet.ItemLines.GetValueOrDefault(i.Id), "risk",
            "risk のある項目はリスク検査プローブで、正答率などに数えません。プローブのファイルに移し、計画の risk.probes のフォルダ（probes.yaml）から読み込んでください"));

    /// <summary>Every probe names its risk, and no probe shares an id with a test-set item (the run stores both).</summary>
    private static IEnumerable<InputError> ProbeProblems(TestSet testSet, TestSet probes)
    {
        HashSet<string> ids = [.. testSet.Items.Select(i => i.Id)];
        foreach (GoldItem probe in probes.Items)
        {
            int line = probes.ItemLines.GetValueOrDefault(probe.Id);
            if (probe.Risk is null)
            {
                yield return new InputError(probes.Path, line, "risk", "プローブには risk（hallucination, bias, rights, inappropriate, leakage, injection のいずれか）を書いてください");
            }

            if (ids.Contains(probe.Id))
            {
                yield return new InputError(probes.Path, line, "id", $"id「{probe.Id}」がテストセット {Path.GetFileName(testSet.Path)} の項目と重複しています。プローブの id は別にしてください");
            }
        }
    }

    /// <summary>
    /// Every fault of the answers files of the plan's providers and, when the test set could be read, every answer to an
    /// item that is neither in the test set nor among the probes, and every public item the provider would be sent that the
    /// file leaves unanswered: an answer left out would be a failed call, out of the accuracy, so a file could raise its
    /// accuracy by answering only what it is sure of. A file named by several providers is read once. Returns the plan with
    /// each answers file's hash pinned, so that resuming the run refuses a changed file.
    /// </summary>
    /// <param name="items">The test set's items and the probes; null when the test set could not be read.</param>
    private static EvalPlan PinAnswerFiles(EvalPlan plan, IReadOnlyList<GoldItem>? items, List<InputError> errors)
    {
        var read = new Dictionary<string, AnswerFile?>(StringComparer.Ordinal);
        foreach (ProviderProfile provider in plan.Providers.Where(p => AdapterCatalogue.Of(p.Adapter).AnswersFromFile && p.Answers is not null))
        {
            string file = provider.Answers!;
            if (!read.TryGetValue(file, out AnswerFile? answers))
            {
                read[file] = answers = Collect(() => AnswerFileReader.Load(file), errors);
                if (answers is not null && items is not null)
                {
                    errors.AddRange(answers.UnknownIds(items.Select(i => i.Id)));
                }
            }

            string[] unanswered = answers is null || items is null ? [] :
                [.. items.Where(i => SplitPolicy.WhyWithheld(provider, i) is null && ClearancePolicy.MayReceive(provider, i.Sensitivity) && !answers.Answers.ContainsKey(i.Id)).Select(i => i.Id)];
            if (unanswered.Length > 0)
            {
                errors.Add(new InputError(file, 0, "id",
                    $"提供先 {provider.Id} に送る公開項目のうち {unanswered.Length} 問に回答がありません（{string.Join("、", unanswered.Take(5))}{(unanswered.Length > 5 ? " ほか" : string.Empty)}）。" +
                    "答えない項目があると正答率が高く見えるため、公開項目すべてに答えてください"));
            }
        }

        return plan with
        {
            Providers = [.. plan.Providers.Select(p => p.Answers is { } file && read.GetValueOrDefault(file) is { } answers ? p with { AnswersHash = answers.ContentHash } : p)],
        };
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
