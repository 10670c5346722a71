namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// Whether a provider of a stored run was measured at all: it was not when it has no answer to judge — skipped at the
/// start (<c>run --skip-unavailable</c>), withheld from every item by its clearance, failed on every call, or with no
/// stored response. Such a provider is NOT MEASURED: never GO, and its criteria are not judged from empty figures.
/// </summary>
public static class ProviderMeasurement
{
    private const int ErrorExcerpt = 120;

    /// <summary>Why nothing of <paramref name="provider"/> can be judged, in Japanese; null when it has at least one answer.</summary>
    public static string? WhyNotMeasured(RunResults results, ProviderProfile provider)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(provider);
        if (results.Plan.Round is not null && provider.Submitted && AdapterCatalogue.Of(provider.Adapter).AnswersFromFile)
        {
            return "回答ファイルの応募は非公開項目に答えていないため、判定の対象外（公開項目は練習できたため判定に使わない）";
        }

        List<ResponseSummary> responses = [.. results.Responses.Where(r => r.ProviderId == provider.Id)];
        if (responses.Any(r => r.Status == ResponseStatus.Ok))
        {
            return null;
        }

        if (responses.Count == 0)
        {
            return results.Plan.Skipped.TryGetValue(provider.Id, out string? skipped)
                ? $"実行開始時に使えなかったため飛ばした（--skip-unavailable）: {skipped}"
                : AdapterCatalogue.Of(provider.Adapter).CollectedByHand
                    ? $"回答がまだ取り込まれていない（gaieval collect import SHEET --run {results.Run.RunId} --provider {provider.Id} で取り込む）"
                    : $"保存された回答が1件もない（実行が途中で止まった可能性: gaieval run --resume {results.Run.RunId}）";
        }

        List<ResponseSummary> sent = [.. responses.Where(r => r.Status != ResponseStatus.Withheld)];
        if (sent.Count == 0)
        {
            return $"全 {responses.Count} 件が取扱区分（clearance: {SensitivityNames.Name(ClearancePolicy.Ceiling(provider))}）を超える項目のため、1件も送っていない";
        }

        int timeouts = sent.Count(r => r.Status == ResponseStatus.Timeout);
        string? example = sent.Select(r => r.Error).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        string detail = example is null ? string.Empty : $"。例: {Excerpt(example)}";
        return $"送った {sent.Count} 件すべてが失敗した（エラー {sent.Count - timeouts} 件、タイムアウト {timeouts} 件）{detail}";
    }

    /// <summary>The providers of the run's plan that were not measured, in the plan's order, with why.</summary>
    public static IReadOnlyList<(ProviderProfile Provider, string Why)> NotMeasured(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Plan.Providers.Select(p => (Provider: p, Why: WhyNotMeasured(results, p))).Where(p => p.Why is not null).Select(p => (p.Provider, p.Why!))];
    }

    private static string Excerpt(string error)
    {
        string line = error.ReplaceLineEndings(" ").Trim();
        return line.Length <= ErrorExcerpt ? line : line[..ErrorExcerpt] + "…";
    }
}
