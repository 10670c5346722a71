namespace GaiEval.Core.Rounds;

using GaiEval.Core.Plans;
using GaiEval.Core.Rounds.Submissions;

/// <summary>
/// The providers of a round's run: one per submission, ids s1, s2, … in the order given. An endpoint gets the round's
/// shared settings and only its own adapter and address; an answers file is replayed by the <c>answers</c> adapter.
/// </summary>
public static class RoundProviders
{
    public static IReadOnlyList<ProviderProfile> For(IReadOnlyList<Submission> submissions, RoundSettings settings)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(settings);
        return [.. submissions.Select((submission, i) => For(submission, $"s{i + 1}", settings))];
    }

    public static IReadOnlyList<RoundEntry> Entries(IReadOnlyList<Submission> submissions) =>
        [.. submissions.Select((s, i) => new RoundEntry
        {
            ProviderId = $"s{i + 1}",
            Folder = Path.GetFileName(s.Folder),
            Vendor = s.Vendor,
            Product = s.Product,
            Model = s.Model,
            ModelVersion = s.ModelVersion,
            Method = s.Method,
            Kind = s.Endpoint is null ? SubmissionKind.Answers : SubmissionKind.Endpoint,
            VariantsTried = s.VariantsTried,
        })];

    private static ProviderProfile For(Submission submission, string id, RoundSettings settings)
    {
        var common = new ProviderProfile
        {
            Id = id,
            Name = $"{submission.Vendor} {submission.Product}",
            Method = submission.Method,
            Adapter = AdapterNames.Answers,
            Deployment = submission.Deployment,
            Pricing = submission.Pricing,
            Candidate = true,
            Submitted = true,
        };
        if (submission.Endpoint is not { } endpoint)
        {
            return common with { Answers = submission.AnswersFile };
        }

        return common with
        {
            Adapter = endpoint.Adapter,
            Endpoint = endpoint.Endpoint,
            Model = endpoint.Model,
            ApiKeyEnv = endpoint.ApiKeyEnv,
            ApiVersion = endpoint.ApiVersion,
            Http = endpoint.Http,
            Tokenizer = endpoint.Tokenizer,
            SystemPrompt = settings.SystemPrompt,
            Temperature = settings.Temperature,
            MaxOutputTokens = settings.MaxOutputTokens,
            Rag = settings.Rag,
            Limits = settings.Limits,
            Clearance = settings.Clearance,
        };
    }
}
