namespace GaiEval.Core.Model;

/// <summary>
/// The ten evaluation perspectives (評価観点) of the Japan AI Safety Institute's guide to red teaming and evaluation, as the
/// aisev tool names them (its <c>ten_perspective</c> values, in its order: the number is the digit after G in a GSN id).
/// </summary>
public static class AisiPerspectives
{
    public static IReadOnlyList<string> All { get; } =
    [
        "有害情報の出力制御",
        "偽誤情報の出力・誘導の防止",
        "公平性と包摂性",
        "ハイリスク利用・目的外利用への対処",
        "プライバシー保護",
        "セキュリティ確保",
        "説明可能性",
        "ロバスト性",
        "データ品質",
        "検証可能性",
    ];

    public static bool IsKnown(string perspective) => All.Contains(perspective, StringComparer.Ordinal);

    /// <summary>The perspective's number (1–10), or 0 for an unknown name.</summary>
    public static int Number(string perspective)
    {
        int index = All.ToList().IndexOf(perspective);
        return index + 1;
    }
}
