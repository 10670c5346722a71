namespace GaiEval.Reporting.Csv;

using System.Globalization;
using System.Text;
using CsvHelper;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Review;

/// <summary>
/// Writes results.csv: one row per item × provider × repeat, UTF-8 with BOM so that Excel opens it. 正答 is the rules' own
/// result; 判定 is the verdict the accuracy counts, 判定元 who made it (ルール, 判定者, 人, or 規則で判定保留 / 採点待ち for an answer without one)
/// and 人の判定 the reviewer's grade (正答, 部分, 誤答). Risk probes have their rows too, with リスク set; 出力検査の所見 lists
/// what the output checks found in any answer (masked).
/// </summary>
public sealed class ResultsCsvWriter : IReportWriter
{
    private static readonly string[] Headers =
    [
        "実行ID", "項目ID", "業務分野", "用途", "期待", "機密区分", "提供先ID", "反復", "状態", "正答", "判定", "判定元", "人の判定", "必須語充足率", "禁止語検出数",
        "振る舞い", "char_F1", "ROUGE_L", "応答時間ms", "初回トークンms", "入力トークン", "出力トークン", "トークン出典", "試行回数",
        "検索チャンク", "質問", "回答", "採点理由", "エラー", "リスク", "出力検査の所見",
    ];

    public string FileName => "results.csv";

    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await using var stream = new StreamWriter(Path.Combine(folder, FileName), append: false, new UTF8Encoding(true));
        await using var csv = new CsvWriter(stream, CultureInfo.InvariantCulture);
        foreach (string header in Headers)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        foreach (ResponseSummary response in report.Results.AllResponses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (string? cell in Cells(report, response))
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }
    }

    private static IEnumerable<string?> Cells(RunReport report, ResponseSummary r)
    {
        GoldItem item = report.Results.ItemsById[r.ItemId];
        IReadOnlyDictionary<string, ScoreRecord> scores = report.Results.Scores(r.Key);
        string? Score(string metric) =>
            scores.TryGetValue(metric, out ScoreRecord? s) ? s.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? s.Label : null;
        string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? string.Empty;

        string[] text =
        [
            r.RunId, r.ItemId, item.Category, item.Use, Kebab(item.Expect), Kebab(item.Sensitivity), r.ProviderId,
        ];
        foreach (string cell in text)
        {
            yield return CsvFormulaGuard.Neutralize(cell);
        }

        yield return r.Repeat.ToString(CultureInfo.InvariantCulture);
        yield return Kebab(r.Status);
        yield return Score(MetricNames.Correct);
        ResponseVerdict? verdict = report.Results.Verdict(r.Key);
        yield return verdict is null ? null : HumanGradeNames.Of(verdict.Correct ? HumanGrade.Correct : HumanGrade.Wrong);
        yield return r.Status == ResponseStatus.Ok
            ? ScorerNames.Source(verdict?.Source, report.Results.RuleUndecided(r.Key))
            : null;
        yield return report.Results.HumanGrade(r.Key) is { } grade ? HumanGradeNames.Of(grade.Grade) : null;
        yield return Score(MetricNames.MustIncludeCoverage);
        yield return Score(MetricNames.MustNotIncludeHits);
        yield return Score(MetricNames.Behaviour);
        yield return Score(MetricNames.CharF1);
        yield return Score(MetricNames.RougeL);
        yield return Number(r.LatencyMs);
        yield return Number(r.TtftMs);
        yield return r.InputTokens?.ToString(CultureInfo.InvariantCulture);
        yield return r.OutputTokens?.ToString(CultureInfo.InvariantCulture);
        yield return Kebab(r.TokenSource) + (r.Tokenizer is null ? string.Empty : $" ({r.Tokenizer})");
        yield return r.Attempts.ToString(CultureInfo.InvariantCulture);
        yield return CsvFormulaGuard.Neutralize(string.Join(" ; ", r.RetrievedIds));
        yield return CsvFormulaGuard.Neutralize(item.Question);
        yield return CsvFormulaGuard.Neutralize(report.Results.Answer(r));
        yield return CsvFormulaGuard.Neutralize(string.Join(" / ", scores.Values
            .Where(s => s.Reason is not null && s.Value is not 1 && !MetricNames.RiskChecks.Contains(s.Metric))
            .Select(s => $"{s.Metric}: {s.Reason}")));
        yield return CsvFormulaGuard.Neutralize(r.Error);
        yield return item.Risk is { } risk ? RiskCategoryNames.Name(risk) : null;
        yield return CsvFormulaGuard.Neutralize(string.Join(" / ", MetricNames.RiskChecks
            .Select(metric => scores.GetValueOrDefault(metric))
            .Where(score => score is { Value: > 0 })
            .Select(score => score!.Reason ?? score.Metric)));
    }

    private static string Kebab<T>(T value)
        where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
