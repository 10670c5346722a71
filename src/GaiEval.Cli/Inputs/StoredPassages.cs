namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Providers.Knowledge;

/// <summary>
/// The passages each scored response was given, looked up one response at a time (scoring streams the answers), counting
/// the responses stored without their passages' texts so that one notice can say what was done for them.
/// </summary>
internal sealed class StoredPassages(string runId, EvalPlan plan, RetrievedPassages? rebuilt, KnowledgeCheck? check)
{
    private int unrecorded;

    public IReadOnlyList<string> For(ResponseRecord response)
    {
        if (response.RetrievedTexts is { } texts)
        {
            return texts;
        }

        if (response.Status == ResponseStatus.Ok && response.RetrievedIds.Count > 0)
        {
            Interlocked.Increment(ref unrecorded);
        }

        return rebuilt?.For(response) ?? [];
    }

    public void WriteNotice(TextWriter error)
    {
        int count = Volatile.Read(ref unrecorded);
        if (count == 0)
        {
            return;
        }

        if (rebuilt is null || check is null)
        {
            error.WriteLine(
                $"注意: 実行 {runId} の回答 {count}件には検索した資料の本文が保存されておらず（この記録を始める前の回答）、" +
                $"ナレッジ {plan.Knowledge ?? "（計画になし）"} も読めないため、根拠の確認はその回答について行いませんでした。");
            return;
        }

        string sameness = check.Changed ? "その内容は実行時と異なります"
            : check.StoredHash is null ? "実行時と同じ内容かは確かめられません"
            : "内容は実行時と同じです";
        error.WriteLine(
            $"注意: 実行 {runId} の回答 {count}件には検索した資料の本文が保存されていない（この記録を始める前の回答）ため、" +
            $"それらに限りナレッジ {check.Folder} の現在の内容から資料を復元して根拠を確かめました（{sameness}）。");
    }
}
