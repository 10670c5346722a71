namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>Missing or empty 所管課 and 更新日 (warnings: the loader refuses such a document) and a missing 機密区分 (a notice: it defaults to public).</summary>
internal sealed class FrontMatterFieldRule : IKnowledgeLintRule
{
    public string Name => "必須項目";

    public string Help => "front matter の 所管課・更新日 がない・空（警告。評価の読み込みでも誤りになります）、機密区分 がない（注意。public として扱われます）。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        foreach (string key in new[] { MetadataKeys.Department, MetadataKeys.UpdatedOn })
        {
            string? value = document.Value(key);
            if (string.IsNullOrEmpty(value))
            {
                yield return document.Finding(document.KeyLine(key), this, value is null ? $"{key} がありません" : $"{key} が空です");
            }
        }

        string? sensitivity = document.Value(MetadataKeys.Sensitivity);
        if (string.IsNullOrEmpty(sensitivity))
        {
            yield return document.Finding(
                document.KeyLine(MetadataKeys.Sensitivity),
                this,
                $"{MetadataKeys.Sensitivity} が{(sensitivity is null ? "ありません" : "空です")}（public として扱います。内部向けなら internal か confidential を書いてください）",
                KnowledgeLintSeverity.Notice);
        }
    }
}
