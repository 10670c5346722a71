namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Providers.Tokens;
using GaiEval.Scoring;
using GaiEval.Scoring.Risk;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Answers of 200,000 characters: one character repeated (what a model stuck in a loop produces, which byte-pair encoding
/// would take as one pre-token without the estimator's pieces), a realistic answer (a ward's reference text repeated) and
/// letters then a refusal (what made the leak check quadratic). The scorer set is the one a run uses
/// (<see cref="ScoringCatalog.For"/>: the deterministic evaluators and the output checks) against a normal gold item with a
/// reference, rules, a context to screen for copies, passages and a canary.
/// </summary>
[MemoryDiagnoser]
public class LongAnswerBenchmarks
{
    private const int AnswerLength = 200_000;

    private static readonly string[] WardSentences =
    [
        "汐見野区役所本庁舎の開庁時間は、平日の８時３０分から１７時１５分までです。",
        "毎週水曜日は区民課・税務課・保険年金課の一部の手続について19時00分まで窓口を延長しています。",
        "住民票の写しは1通300円、印鑑登録証明書は1通300円です。",
        "粗大ごみは粗大ごみ受付センター（03-5318-0530）またはWeb「しおみの粗大ごみネット」でお申し込みください。",
        "詳しくは区民課（03-5318-2211）にお問い合わせください。",
    ];

    private readonly string loop = new('あ', AnswerLength);
    private readonly TokenEstimator estimator = TokenEstimator.For(TokenEstimator.O200kBase);
    private readonly ChatMessage[] messages = [new(ChatRole.User, "区役所の開庁時間と住民票の手数料を教えてください。")];
    private readonly IReadOnlyList<IEvaluator> scorers = ScoringCatalog.For(new RiskScreenOptions
    {
        Canaries = ["SMN-CANARY-SYS-4F7Q9X"],
        PublicValues = ["03-5318-0530", "03-5318-2211"],
    });

    private ChatResponse loopAnswer = null!;
    private ChatResponse realisticAnswer = null!;
    private ChatResponse lettersThenRefusal = null!;
    private EvaluationContext[] context = [];

    [GlobalSetup]
    public void Setup()
    {
        string reference = string.Concat(WardSentences);
        var item = new GoldItem
        {
            Id = "long-001",
            Category = "住民問合せ対応",
            Use = ItemUses.Dialogue,
            Question = messages[0].Text,
            Reference = reference,
            Context = string.Concat(WardSentences.Reverse()),
            MustInclude = [["8時30分", "8:30"], ["300円"], ["区民課"]],
            MustNotInclude = ["24時間", "10万円"],
        };
        context = [new GoldItemContext(item), new GroundingSourcesContext([WardSentences[0] + WardSentences[1], WardSentences[2] + WardSentences[3]])];
        loopAnswer = new ChatResponse(new ChatMessage(ChatRole.Assistant, loop));
        realisticAnswer = new ChatResponse(new ChatMessage(ChatRole.Assistant, Repeat(reference, AnswerLength)));
        const string Refusal = "お答えできません。";
        lettersThenRefusal = new ChatResponse(new ChatMessage(ChatRole.Assistant, new string('a', AnswerLength - Refusal.Length) + Refusal));
    }

    [Benchmark]
    public int TokenEstimateOfARepeatedCharacter() => estimator.CountTokens(loop);

    [Benchmark(Description = "Whole scorer set, 200,000 × あ")]
    public int ScorerSetOnARepeatedCharacter() => ScoreAll(loopAnswer);

    [Benchmark(Description = "Whole scorer set, reference text repeated to 200,000")]
    public int ScorerSetOnARealisticLongAnswer() => ScoreAll(realisticAnswer);

    /// <summary>The leak check's personal-data pattern tried every start inside the run of letters before a refusal: quadratic.</summary>
    [Benchmark(Description = "Whole scorer set, 199,991 letters then a refusal")]
    public int ScorerSetOnLettersThenARefusal() => ScoreAll(lettersThenRefusal);

    private int ScoreAll(ChatResponse answer)
    {
        int metrics = 0;
        foreach (IEvaluator scorer in scorers)
        {
            metrics += scorer.EvaluateAsync(messages, answer, chatConfiguration: null, context).GetAwaiter().GetResult().Metrics.Count;
        }

        return metrics;
    }

    private static string Repeat(string unit, int length)
    {
        var text = new System.Text.StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString(0, length);
    }
}
