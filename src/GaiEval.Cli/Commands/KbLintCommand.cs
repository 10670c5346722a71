namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Providers.Knowledge.Lint;

/// <summary><c>gaieval kb lint DIR</c>: the wards' advice on preparing data for RAG as checks, with an exit code for CI.</summary>
internal static class KbLintCommand
{
    /// <summary>Findings are this command's "NO-GO": the knowledge needs work before it is used.</summary>
    private const int FindingsExitCode = ExitCodes.NoGo;

    public static Command Create()
    {
        Argument<string> folder = new("KNOWLEDGE_DIR") { Description = "ナレッジのフォルダ（*.md を下位フォルダまで検査、README.md を除く）" };
        Option<int> maxAge = new("--max-age-days")
        {
            Description = $"更新日 がこの日数より古い文書を警告します（既定 {KnowledgeLintOptions.DefaultMaxAgeDays}）",
            DefaultValueFactory = _ => KnowledgeLintOptions.DefaultMaxAgeDays,
        };
        Option<int> maxChars = new("--max-chars")
        {
            Description = $"本文がこの字数を超えるのに小見出しのない文書を警告します（既定 {KnowledgeLintOptions.DefaultMaxCharacters}）",
            DefaultValueFactory = _ => KnowledgeLintOptions.DefaultMaxCharacters,
        };
        Option<string?> today = new("--today") { Description = "鮮度の基準の日（yyyy-MM-dd、既定は今日）", HelpName = "yyyy-MM-dd" };
        var command = new Command("lint", Description())
        {
            folder,
            maxAge,
            maxChars,
            today,
        };
        command.SetAction(parse =>
        {
            try
            {
                var options = new KnowledgeLintOptions(Today(parse.GetValue(today)))
                {
                    MaxAgeDays = Positive("--max-age-days", parse.GetValue(maxAge)),
                    MaxCharacters = Positive("--max-chars", parse.GetValue(maxChars)),
                };
                return Print(KnowledgeLinter.Lint(parse.GetValue(folder)!, options));
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static string Description() => string.Join(
        Environment.NewLine,
        [
            "ナレッジの文書を、RAG 用データ整備の助言に沿って検査し、指摘を「ファイル:行: 検査: 警告|注意: 内容」で表示します。",
            "終了コード: 0 警告なし（注意だけなら 0） / 1 警告あり / 2 フォルダや front matter が読めない。検査:",
            .. KnowledgeLinter.RuleHelp.Select(rule => $"  - {rule.Name}: {rule.Help}"),
            $"文書ごとに front matter で検査を除外できます: {LintKeys.Exceptions}: 相対時点, 参照 と {LintKeys.ExceptionReason}: …（理由は必須）。" +
            "除外した指摘は数えず、「除外:」として理由とともに表示します。これらのキーは検索の対象になりません。",
        ]);

    private static DateOnly Today(string? value)
    {
        if (value is null)
        {
            return DateOnly.FromDateTime(DateTime.Now);
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new InputException("--today", 0, "--today", $"日付は yyyy-MM-dd で書いてください: {value}");
    }

    private static int Positive(string option, int value) =>
        value > 0 ? value : throw new InputException(option, 0, option, $"1 以上の整数にしてください: {value}");

    private static int Print(KnowledgeLintResult result)
    {
        foreach (KnowledgeLintFinding finding in result.Findings)
        {
            System.Console.WriteLine(finding.ToString());
        }

        foreach (ExceptedFinding excepted in result.Excepted)
        {
            System.Console.WriteLine($"除外: {excepted.Finding}（理由: {excepted.Reason}）");
        }

        System.Console.WriteLine(result.Summary());
        return result.WarningCount > 0 ? FindingsExitCode : ExitCodes.Done;
    }
}
