namespace GaiEval.Core.Model;

/// <summary>The seven uses (用途) of generative AI named by the special wards' report.</summary>
public static class ItemUses
{
    public const string DocumentDrafting = "文書作成";
    public const string ProofreadingTranslation = "添削・翻訳";
    public const string CodeGeneration = "コード生成";
    public const string Ideation = "アイデア出し";
    public const string Dialogue = "対話生成";
    public const string ExtractionSummary = "情報抽出・要約";
    public const string DataAnalysis = "データ処理・分析";

    public static IReadOnlyList<string> All { get; } =
    [
        DocumentDrafting, ProofreadingTranslation, CodeGeneration, Ideation, Dialogue, ExtractionSummary, DataAnalysis,
    ];

    public static bool IsKnown(string use) => All.Contains(use, StringComparer.Ordinal);
}
