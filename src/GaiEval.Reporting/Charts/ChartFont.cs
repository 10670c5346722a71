namespace GaiEval.Reporting.Charts;

/// <summary>
/// The font charts are drawn with. <see cref="Japanese"/> is false when no installed font has Japanese glyphs: charts then
/// use ASCII labels only, and <see cref="Notice"/> tells the reader why, in Japanese.
/// </summary>
public sealed record ChartFont(string Name, bool Japanese, string? Notice)
{
    public const string MissingJapaneseFontNotice =
        "日本語フォントが見つからないため、グラフの文字は英字で表示しています（提供元はID、軸は英語）。"
        + "日本語で表示するには fonts-noto-cjk（Noto Sans CJK JP）を導入してください。";

    public static ChartFont WithJapanese(string name) => new(name, Japanese: true, Notice: null);

    public static ChartFont AsciiFallback(string latinName) => new(latinName, Japanese: false, MissingJapaneseFontNotice);
}
