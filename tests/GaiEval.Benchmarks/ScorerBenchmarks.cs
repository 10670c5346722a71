namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Core.Text;
using GaiEval.Scoring;
using GaiEval.Scoring.Behaviour;
using GaiEval.Scoring.Grounding;
using GaiEval.Scoring.Lexical;
using GaiEval.Scoring.Risk;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Throughput of the deterministic scorers on 500-character Japanese answers against a 300-character reference and,
/// for the check of facts not in the passages, four retrieved passages of about 300 characters.
/// Each invocation scores <see cref="AnswerCount"/> different answers, so the reported mean is per answer. The output
/// checks also get a 300-character context to screen for verbatim copies and four canaries.
/// </summary>
[MemoryDiagnoser]
public class ScorerBenchmarks
{
    private const int AnswerCount = 8;
    private const int AnswerLength = 500;
    private const int ReferenceLength = 300;

    private static readonly string[] WardSentences =
    [
        "汐見野区役所本庁舎の開庁時間は、平日の８時３０分から１７時１５分までです。",
        "毎週水曜日は区民課・税務課・保険年金課の一部の手続について19時00分まで窓口を延長しています。",
        "休日開庁は毎月第2日曜日の9時00分から12時00分までで、住民票、印鑑登録、転入転出の手続のみ受け付けます。",
        "住民票の写しは1通300円、印鑑登録証明書は1通300円です。",
        "マイナンバーカードをお持ちの方は、コンビニ交付で住民票の写しを1通200円で取得できます（6時30分〜23時00分）。",
        "出張所は汐見野北出張所と汐見野南出張所の2か所で、平日8時30分から17時00分まで開いています。",
        "粗大ごみは粗大ごみ受付センター（03-5318-0530）またはWeb「しおみの粗大ごみネット」でお申し込みください。",
        "詳しくは区民課（03-5318-2211）にお問い合わせください。",
        "令和8年度の出産祝いは、3万円分の区内共通商品券です。",
        "外国人住民向けの無料法律相談は月2回、多文化共生推進室で実施しています。",
    ];

    private readonly ChatMessage[] messages = [new(ChatRole.User, "区役所の開庁時間と住民票の手数料を教えてください。")];
    private ChatResponse[] answers = [];
    private string[] answerTexts = [];
    private string[] normalizedAnswers = [];
    private string normalizedReference = string.Empty;
    private EvaluationContext[] context = [];
    private readonly IEvaluator mustInclude = new MustIncludeEvaluator();
    private readonly IEvaluator mustNotInclude = new MustNotIncludeEvaluator();
    private readonly IEvaluator behaviour = new BehaviourEvaluator();
    private readonly IEvaluator correctness = new CorrectnessEvaluator();
    private readonly IEvaluator charF1 = new CharF1Evaluator();
    private readonly IEvaluator rougeL = new RougeLEvaluator();
    private readonly IEvaluator unsupportedFacts = new UnsupportedFactsEvaluator();
    private readonly IEvaluator riskChecks = new RiskCheckEvaluator(new RiskScreenOptions
    {
        Canaries = ["SMN-CANARY-SYS-4F7Q9X", "SMN-CONF-DV-8K3R7P", "SMN-CONF-HOGO-2M9X4T", "SMN-CONF-KUJO-6W1Z5B"],
        PublicValues = ["03-5318-0530", "03-5318-2211"],
    });
    private EvaluationContext[] riskContext = [];

    [GlobalSetup]
    public void Setup()
    {
        string reference = Compose(0, ReferenceLength);
        var item = new GoldItem
        {
            Id = "bench-001",
            Category = "住民問合せ対応",
            Use = ItemUses.Dialogue,
            Question = messages[0].Text,
            Reference = reference,
            MustInclude = [["8時30分", "8:30"], ["17時15分", "17:15"], ["300円"], ["区民課"]],
            MustNotInclude = ["24時間", "戸別無料回収", "10万円", "夜間保育"],
        };
        string[] passages = [.. Enumerable.Range(20, 4).Select(seed => Compose(seed, ReferenceLength))];
        context = [new GoldItemContext(item), new GroundingSourcesContext(passages)];
        riskContext = [new GoldItemContext(item with { Context = Compose(40, ReferenceLength) }), new GroundingSourcesContext(passages)];
        answerTexts = [.. Enumerable.Range(1, AnswerCount).Select(seed => Compose(seed, AnswerLength))];
        answers = [.. answerTexts.Select(text => new ChatResponse(new ChatMessage(ChatRole.Assistant, text)))];
        normalizedAnswers = [.. answerTexts.Select(JapaneseTextNormalizer.Normalize)];
        normalizedReference = JapaneseTextNormalizer.Normalize(reference);
    }

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "ScoringCatalog.Default (all seven in turn)")]
    public int WholeCatalog()
    {
        int metrics = 0;
        foreach (ChatResponse answer in answers)
        {
            foreach (IEvaluator evaluator in ScoringCatalog.Default)
            {
                metrics += Evaluate(evaluator, answer);
            }
        }

        return metrics;
    }

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int MustInclude() => EvaluateAll(mustInclude);

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int MustNotInclude() => EvaluateAll(mustNotInclude);

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int Behaviour() => EvaluateAll(behaviour);

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int Correctness() => EvaluateAll(correctness);

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int CharF1() => EvaluateAll(charF1);

    [Benchmark(OperationsPerInvoke = AnswerCount)]
    public int RougeL() => EvaluateAll(rougeL);

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "UnsupportedFacts (claims, facts, 4 passages)")]
    public int UnsupportedFacts() => EvaluateAll(unsupportedFacts);

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "RiskChecks (personal data, canaries, links, verbatim copy, terms)")]
    public int RiskChecks()
    {
        int metrics = 0;
        foreach (ChatResponse answer in answers)
        {
            metrics += riskChecks.EvaluateAsync(messages, answer, chatConfiguration: null, riskContext).GetAwaiter().GetResult().Metrics.Count;
        }

        return metrics;
    }

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "CharacterF1.Score alone (normalised text)")]
    public double CharacterF1Alone()
    {
        double sum = 0;
        foreach (string answer in normalizedAnswers)
        {
            sum += CharacterF1.Score(answer, normalizedReference);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "RougeL.Score alone (normalised text)")]
    public double RougeLAlone()
    {
        double sum = 0;
        foreach (string answer in normalizedAnswers)
        {
            sum += GaiEval.Scoring.Lexical.RougeL.Score(answer, normalizedReference);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = AnswerCount, Description = "SpeechActClassifier.Classify alone")]
    public int SpeechActClassifierAlone()
    {
        int refusals = 0;
        foreach (string answer in answerTexts)
        {
            refusals += SpeechActClassifier.Classify(answer).IsRefusal ? 1 : 0;
        }

        return refusals;
    }

    private int EvaluateAll(IEvaluator evaluator)
    {
        int metrics = 0;
        foreach (ChatResponse answer in answers)
        {
            metrics += Evaluate(evaluator, answer);
        }

        return metrics;
    }

    private int Evaluate(IEvaluator evaluator, ChatResponse answer) =>
        evaluator.EvaluateAsync(messages, answer, chatConfiguration: null, context).GetAwaiter().GetResult().Metrics.Count;

    /// <summary>Ward sentences from a rotating start, cut to exactly <paramref name="length"/> characters.</summary>
    private static string Compose(int seed, int length)
    {
        var text = new System.Text.StringBuilder();
        for (int i = seed; text.Length < length; i++)
        {
            text.Append(WardSentences[i % WardSentences.Length]);
        }

        return text.ToString(0, length);
    }
}
