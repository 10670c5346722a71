namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// <c>gaieval plan-size --target 0.9 --margin 0.05 [--confidence 0.95]</c>: how many scored items the next PoC needs so
/// that the accuracy's interval (Wilson, as reports show it) is no wider than ±margin at the expected accuracy.
/// </summary>
internal static class PlanSizeCommand
{
    public static Command Create()
    {
        Option<double> target = new("--target")
        {
            Description = "見込みの正答率（0.01〜0.99。例: 0.9）",
            HelpName = "P",
            Required = true,
        };
        Option<double> margin = new("--margin")
        {
            Description = "許容する誤差：区間の半幅（0.001〜0.5。例: 0.05 は ±5ポイント）",
            HelpName = "E",
            Required = true,
        };
        Option<double> confidence = new("--confidence")
        {
            Description = "信頼水準（0.5〜0.999、既定 0.95）",
            HelpName = "C",
            DefaultValueFactory = _ => 0.95,
        };
        var command = new Command("plan-size", "次のPoCに必要な問題数を、見込みの正答率と許容する誤差から計算します。")
        {
            target, margin, confidence,
        };
        command.SetAction(parse =>
            Run(parse.GetValue(target), parse.GetValue(margin), parse.GetValue(confidence), System.Console.Out, System.Console.Error));
        return command;
    }

    internal static int Run(double target, double margin, double confidence, TextWriter output, TextWriter error)
    {
        List<string> problems = [.. Problems(target, margin, confidence)];
        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            error.WriteLine($"入力に {problems.Count} 件の誤りがあります。");
            return ExitCodes.BadInput;
        }

        int items = SampleSize.ForWilsonMargin(target, margin, confidence);
        int normal = SampleSize.ForMargin(target, margin, confidence);
        output.WriteLine($"必要な問題数: {items}問");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"正答率{target:0.###}前後を{confidence * 100:0.##}%区間 ±{margin * 100:0.##}ポイントで測るには、" +
            $"ルールで採点できる問題が{items}問必要です" +
            $"（レポートと同じWilson区間で計算。正規近似 n = z²·p(1−p)/e² では{normal}問）。"));
        return ExitCodes.Done;
    }

    private static IEnumerable<string> Problems(double target, double margin, double confidence)
    {
        if (!(target >= 0.01 && target <= 0.99))
        {
            yield return Invalid("--target", target, "0.01 以上 0.99 以下（例: 0.9）");
        }

        if (!(margin >= 0.001 && margin <= 0.5))
        {
            yield return Invalid("--margin", margin, "0.001 以上 0.5 以下（例: 0.05 は ±5ポイント）");
        }

        if (!(confidence >= 0.5 && confidence <= 0.999))
        {
            yield return Invalid("--confidence", confidence, "0.5 以上 0.999 以下（例: 0.95）");
        }
    }

    private static string Invalid(string option, double value, string expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{option}: {value:0.##########} は使えません。{expected}で指定してください。");
}
