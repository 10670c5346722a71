namespace GaiEval.Tests.Scoring.Rules;

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Scoring;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;
using Xunit.Abstractions;
using static GaiEval.Tests.Scoring.ScoringTestKit;

/// <summary>
/// Runs <see cref="CorrectnessEvaluator"/> on answers graded by hand before the rules ran (Data/speech-acts.jsonl):
/// polite negatives, caveats, referrals, plain and leaky refusals, empty and English answers.
/// </summary>
public sealed class HandGradedSpeechActTests(ITestOutputHelper output)
{
    private static readonly string[] Verdicts = ["correct", "wrong", "undecided"];

    [Fact]
    public void The_set_covers_at_least_40_answers_over_12_questions()
    {
        List<HandGradedAnswer> answers = Load();

        Assert.True(answers.Count >= 40, $"{answers.Count} answers");
        Assert.True(answers.Select(a => a.Item).Distinct().Count() >= 12);
        Assert.All(answers, a => Assert.Contains(a.Expected, Verdicts));
        Assert.All(Verdicts, v => Assert.Contains(answers, a => a.Expected == v));
    }

    [Fact]
    public async Task No_answer_graded_wrong_or_undecided_is_marked_correct_and_the_confusion_matrix_matches_the_hand_grades()
    {
        List<HandGradedAnswer> answers = Load();
        var matrix = new int[Verdicts.Length, Verdicts.Length];
        var disagreements = new List<string>();
        foreach (HandGradedAnswer answer in answers)
        {
            BooleanMetric metric = (await EvaluateAsync(new CorrectnessEvaluator(), answer.Answer, answer.ToGoldItem()))
                .Get<BooleanMetric>(MetricNames.Correct);
            string rules = VerdictOf(metric);
            if (Array.IndexOf(Verdicts, rules) is var column and >= 0)
            {
                matrix[Array.IndexOf(Verdicts, answer.Expected), column]++;
            }

            if (rules != answer.Expected)
            {
                disagreements.Add($"{answer.Item} {answer.Case}: 手={answer.Expected} 規則={rules}「{answer.Answer}」{metric.Reason}");
            }
        }

        output.WriteLine(Format(matrix));
        disagreements.ForEach(output.WriteLine);

        Assert.Equal(0, matrix[1, 0]);
        Assert.Equal(0, matrix[2, 0]);
        Assert.Empty(disagreements);
    }

    /// <summary>No value with an Inconclusive interpretation is undecided; an item here always has rules.</summary>
    private static string VerdictOf(BooleanMetric metric) => metric.Value switch
    {
        true => "correct",
        false => "wrong",
        null when metric.Interpretation?.Rating == EvaluationRating.Inconclusive => "undecided",
        _ => "no verdict: " + metric.Reason,
    };

    private static string Format(int[,] matrix)
    {
        var text = new StringBuilder("hand \\ rules | correct | wrong | undecided\n");
        for (int hand = 0; hand < Verdicts.Length; hand++)
        {
            text.Append($"{Verdicts[hand],-12} | {matrix[hand, 0],7} | {matrix[hand, 1],5} | {matrix[hand, 2],9}\n");
        }

        return text.ToString();
    }

    private static List<HandGradedAnswer> Load() =>
        [.. File.ReadLines(Path.Combine(Path.GetDirectoryName(ThisFile())!, "Data", "speech-acts.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<HandGradedAnswer>(line)!)];

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
