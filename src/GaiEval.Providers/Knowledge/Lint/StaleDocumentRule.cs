namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>A 更新日 older than the allowed age (<see cref="KnowledgeLintOptions.MaxAgeDays"/>) before the lint's day.</summary>
internal sealed class StaleDocumentRule : IKnowledgeLintRule
{
    public string Name => "鮮度";

    public string Help => "更新日 が古い文書（既定 365 日より前、--max-age-days で変更、--today で基準の日を指定）。内容を確かめて 更新日 を直してください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        if (document.Date(MetadataKeys.UpdatedOn) is not { } updatedOn)
        {
            yield break;
        }

        int age = options.Today.DayNumber - updatedOn.DayNumber;
        if (age > options.MaxAgeDays)
        {
            yield return document.Finding(
                document.KeyLine(MetadataKeys.UpdatedOn),
                this,
                $"更新日 {updatedOn:yyyy-MM-dd} から {age} 日たっています（上限 {options.MaxAgeDays} 日、基準 {options.Today:yyyy-MM-dd}）。内容が今も正しいか確かめてください");
        }
    }
}
