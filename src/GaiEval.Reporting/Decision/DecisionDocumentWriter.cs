namespace GaiEval.Reporting.Decision;

using System.Text;
using GaiEval.Core.Reporting;

/// <summary>
/// Writes decision.md: a Japanese go/no-go document for a 決裁 or council briefing, in the order of a ward's result report.
/// Every part the run can fill is filled; the rest is marked 「要記入」 with what to write there.
/// </summary>
public sealed class DecisionDocumentWriter(DecisionCharts? charts = null) : IReportWriter
{
    /// <summary>The mark of a part the reader must fill in.</summary>
    public const string ToFillMark = DecisionMarkdown.ToFillMark;

    /// <summary>The section headings, in the order the document has them.</summary>
    public static IReadOnlyList<string> Sections { get; } =
    [
        "目的と範囲", "事前に定めた成功基準", "リスク区分", "利用状況", "効果（時間・人件費）", "出力品質", "安全性", "利用者の声", "コスト", "導入方式の比較と推奨",
        "良かった点と課題", "判断と条件", "ガバナンス", "評価方法の限界",
    ];

    private readonly DecisionCharts charts = charts ?? DecisionCharts.None;

    public string FileName => "decision.md";

    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), Render(report), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public string Render(RunReport report)
    {
        var md = new DecisionMarkdown();
        md.Title($"生成AI導入の判断資料: {report.Results.Run.PlanName}");
        md.Line("GaiEval が評価結果から作成した下書きです。「要記入」の箇所は担当課で記入してください。");
        md.Blank();
        ScopeSections.PurposeAndScope(md, report);
        ScopeSections.Criteria(md, report);
        ScopeSections.RiskClasses(md, report);
        ScopeSections.Usage(md, report, charts);
        EffectSections.TimeSaved(md, report, charts);
        EffectSections.Quality(md, report, charts);
        SafetySection.Write(md, report);
        VoiceSection.Write(md, report);
        CostSection.Write(md, report, charts);
        MethodComparisonLines.Write(md, report);
        FindingsSection.Write(md, report);
        VerdictSection.Write(md, report);
        md.Section("ガバナンス");
        md.ToFill("利用ガイドライン、運用の責任者、入力してよい情報の範囲、回答を確認する手順、記録と見直しの時期を書いてください。");
        md.Blank();
        LimitsSection.Write(md, report);
        return md.ToString();
    }
}
