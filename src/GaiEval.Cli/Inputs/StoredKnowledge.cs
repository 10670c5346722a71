namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Providers.Knowledge;

/// <summary>
/// The knowledge base a stored run used. Scoring takes the passages stored with each response; the folder as it is now
/// is read only to say whether it changed and, for responses stored before passage texts were kept, to rebuild their
/// passages, which is never done without a notice.
/// </summary>
internal sealed class StoredKnowledge
{
    private readonly RunInfo run;
    private readonly EvalPlan plan;
    private readonly KnowledgeBase? current;

    private StoredKnowledge(RunInfo run, EvalPlan plan, KnowledgeBase? current, KnowledgeCheck? check)
    {
        this.run = run;
        this.plan = plan;
        this.current = current;
        Check = check;
    }

    /// <summary>The folder compared with the run's; null when the plan has no knowledge folder.</summary>
    public KnowledgeCheck? Check { get; }

    /// <summary>Reads the run's knowledge folder as it is now and prints one line when it differs from what the run used.</summary>
    public static StoredKnowledge Open(RunInfo run, EvalPlan plan)
    {
        if (plan.Knowledge is not { } folder)
        {
            return new StoredKnowledge(run, plan, null, null);
        }

        try
        {
            return From(run, plan, KnowledgeBaseLoader.Load(folder));
        }
        catch (InputException e)
        {
            return Compared(run, plan, null, e.Errors.Count > 0 ? e.Errors[0].Message : e.Message);
        }
    }

    /// <summary>As <see cref="Open"/>, with the folder already loaded by the caller (a run that just searched it).</summary>
    public static StoredKnowledge From(RunInfo run, EvalPlan plan, KnowledgeBase? current) =>
        plan.Knowledge is null ? new StoredKnowledge(run, plan, null, null) : Compared(run, plan, current, problem: null);

    private static StoredKnowledge Compared(RunInfo run, EvalPlan plan, KnowledgeBase? current, string? problem)
    {
        var check = new KnowledgeCheck(plan.Knowledge!, run.KnowledgeHash, current?.ContentHash, problem);
        if (check.Notice is { } notice)
        {
            System.Console.Error.WriteLine(notice);
        }

        return new StoredKnowledge(run, plan, current, check);
    }

    /// <summary>
    /// The texts of the public documents of the knowledge folder as it is now (none when the plan has none or it cannot
    /// be read: then the ward's own contact data is reported like anyone's, never hidden).
    /// </summary>
    public IReadOnlyList<string> PublicDocumentTexts() => [.. current?.PublicDocumentTexts() ?? [], .. ProbePublicDocumentTexts()];

    /// <summary>The public documents of the probe set's own knowledge (the ward pages its benign probes are answered from).</summary>
    private IReadOnlyList<string> ProbePublicDocumentTexts()
    {
        if (plan.Risk.ProbeKnowledge is not { } folder)
        {
            return [];
        }

        try
        {
            return KnowledgeBaseLoader.Load(folder).PublicDocumentTexts();
        }
        catch (InputException)
        {
            // Unreadable: nothing is taken as public, so the ward's numbers are reported rather than hidden.
            return [];
        }
    }

    /// <summary>
    /// The highest sensitivity among the passages a response was given: each passage's document as the knowledge folder
    /// has it now when that is the folder the run used; otherwise (changed, unknown, unreadable, no such document) the most
    /// the provider could have been given, its clearance ceiling. Public for a response given no passage.
    /// </summary>
    public Func<ResponseRecord, Sensitivity> PassageSensitivity()
    {
        Dictionary<string, Sensitivity> ceilings = plan.Providers.ToDictionary(p => p.Id, ClearancePolicy.Ceiling, StringComparer.Ordinal);
        KnowledgeBase? same = Check is { Changed: false, StoredHash: not null } ? current : null;
        return response => response.RetrievedIds.Count == 0
            ? Sensitivity.Public
            : response.RetrievedIds.Max(id => same?.SensitivityOfChunk(id) ?? ceilings.GetValueOrDefault(response.ProviderId, Sensitivity.Confidential));
    }

    /// <summary>
    /// The passages of each response: the texts stored with it; for responses stored without them (before passage texts
    /// were kept), the chunks rebuilt from the folder as it is now, or none when it cannot be read. Say
    /// <see cref="StoredPassages.WriteNotice"/> after scoring: it tells how many were rebuilt or left unchecked.
    /// </summary>
    public StoredPassages Passages() =>
        new(run.RunId, plan, Check is null || current is null ? null : new RetrievedPassages(current, plan.Providers), Check);
}
