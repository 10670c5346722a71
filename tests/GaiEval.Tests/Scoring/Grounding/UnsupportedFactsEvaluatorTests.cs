namespace GaiEval.Tests.Scoring.Grounding;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Scoring.Grounding;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class UnsupportedFactsEvaluatorTests
{
    private static readonly string[] Chunks =
    [
        "住民票の写しの交付手数料は１通３００円です。窓口は区民課です。",
        "受付時間は平日8:30～17:15です。令和8年4月1日から汐見野出張所でも交付します。",
    ];

    private const string Hallucinating =
        "住民票の写しは1通3,500円です。窓口は戸籍住民課です。受付は8時30分からです。令和8年5月1日から出張所でも交付します。";

    [Fact]
    public async Task Counts_and_lists_the_fee_office_and_date_that_no_retrieved_chunk_states()
    {
        EvaluationResult result = await EvaluateAsync(Hallucinating, Item(), Chunks);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal(3, facts.Value);
        Assert.Equal("資料にない事実 3 件: 「3,500円」「戸籍住民課」「令和8年5月1日」", facts.Reason);
        Assert.True(facts.Interpretation!.Failed);
        var rate = result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName);
        Assert.Equal(0.75, rate.Value);
        Assert.Equal(
            "資料にない事実を含む主張 3/4 件: 「住民票の写しは1通3,500円です。」「窓口は戸籍住民課です。」「令和8年5月1日から出張所でも交付します。」",
            rate.Reason);
        Assert.True(rate.Interpretation!.Failed);
        Assert.All(result.Metrics.Values, metric => Assert.Empty(metric.Diagnostics ?? []));
    }

    [Fact]
    public async Task An_answer_whose_facts_the_chunks_state_in_other_forms_has_none_unsupported()
    {
        EvaluationResult result = await EvaluateAsync(
            "手数料は１通300円で、窓口は区民課です。受付は午前8時半から午後5時15分まで。2026年4月1日からは汐見野出張所でも受け取れます。",
            Item(),
            Chunks);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal((0.0, "数値・日付・金額・窓口名はすべて資料にある（7 件を確認）"), (facts.Value, facts.Reason));
        Assert.False(facts.Interpretation!.Failed);
        var rate = result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName);
        Assert.Equal((0.0, "資料にない事実を含む主張なし（0/3 件）"), (rate.Value, rate.Reason));
        Assert.False(rate.Interpretation!.Failed);
    }

    [Fact]
    public async Task Claims_without_any_fact_count_in_the_rate_but_hold_nothing_unsupported()
    {
        EvaluationResult result = await EvaluateAsync("本人確認書類をお持ちください。手数料は350円です。", Item(), Chunks);

        Assert.Equal(1, result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName).Value);
        Assert.Equal(0.5, result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName).Value);
    }

    [Fact]
    public async Task Reports_that_nothing_was_checked_when_the_answer_holds_no_fact()
    {
        EvaluationResult result = await EvaluateAsync("本人確認書類をお持ちください。", Item(), Chunks);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal((0.0, "確認する数値・日付・金額・窓口名なし"), (facts.Value, facts.Reason));
        Assert.Equal(0, result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName).Value);
    }

    [Fact]
    public async Task Counts_a_fact_repeated_in_two_claims_once_and_both_claims_in_the_rate()
    {
        EvaluationResult result = await EvaluateAsync("手数料は350円です。つまり1通につき350円かかります。", Item(), Chunks);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal((1.0, "資料にない事実 1 件: 「350円」"), (facts.Value, facts.Reason));
        Assert.Equal(1.0, result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName).Value);
    }

    [Fact]
    public async Task Checks_against_the_retrieved_chunks_rather_than_the_items_context()
    {
        var item = Item(context: "住民票の写しの交付手数料は1通3,500円、窓口は戸籍住民課。");

        EvaluationResult result = await EvaluateAsync("住民票の写しは1通3,500円です。", item, Chunks);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal((1.0, "資料にない事実 1 件: 「3,500円」"), (facts.Value, facts.Reason));
    }

    [Fact]
    public async Task Falls_back_to_the_items_context_when_no_chunk_was_retrieved()
    {
        var item = Item(context: "住民票の写しの交付手数料は1通3,500円、窓口は戸籍住民課。");

        EvaluationResult result = await EvaluateAsync("住民票の写しは1通3,500円で、窓口は戸籍住民課です。令和8年5月1日からです。", item, chunks: null);

        var facts = result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName);
        Assert.Equal((1.0, "資料にない事実 1 件: 「令和8年5月1日」"), (facts.Value, facts.Reason));
        Assert.Equal(0.5, result.Get<NumericMetric>(UnsupportedFactsEvaluator.ClaimRateMetricName).Value);
    }

    [Fact]
    public async Task Blank_chunks_do_not_count_as_retrieved_passages()
    {
        var item = Item(context: "住民票の写しの交付手数料は1通3,500円。");

        EvaluationResult result = await EvaluateAsync("住民票の写しは1通3,500円です。", item, ["", "  "]);

        Assert.Equal(0, result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName).Value);
    }

    [Fact]
    public async Task Scores_against_the_chunks_even_without_a_gold_item()
    {
        EvaluationResult result = await new UnsupportedFactsEvaluator().EvaluateAsync(
            Hallucinating, additionalContext: [new GroundingSourcesContext(Chunks)]);

        Assert.Equal(3, result.Get<NumericMetric>(UnsupportedFactsEvaluator.FactsMetricName).Value);
    }

    [Theory]
    [InlineData("申し訳ありませんが、個人情報のためお答えできません。", AnswerClaims.RefusalMessage)]
    [InlineData("該当する情報が見つかりません。区民課にお問い合わせください。", AnswerClaims.RefusalMessage)]
    [InlineData("・・・\n---", AnswerClaims.NoSentenceMessage)]
    public async Task An_answer_without_claims_gets_no_value_and_says_why(string answer, string message)
    {
        EvaluationResult result = await EvaluateAsync(answer, Item(), Chunks);

        AssertSkipped(result, EvaluationDiagnosticSeverity.Informational, message);
    }

    [Fact]
    public async Task Without_chunks_or_context_there_is_nothing_to_check_against()
    {
        EvaluationResult result = await EvaluateAsync(Hallucinating, Item(), chunks: null);

        AssertSkipped(result, EvaluationDiagnosticSeverity.Informational, UnsupportedFactsEvaluator.NoPassagesMessage);
    }

    [Fact]
    public async Task An_empty_response_is_an_error()
    {
        EvaluationResult result = await EvaluateAsync("  ", Item(), Chunks);

        AssertSkipped(result, EvaluationDiagnosticSeverity.Error, "応答が空です。採点できません。");
    }

    [Fact]
    public async Task Without_a_gold_item_or_chunks_it_reports_an_error_instead_of_throwing()
    {
        EvaluationResult result = await ScoringTestKit.EvaluateAsync(new UnsupportedFactsEvaluator(), Hallucinating, item: null);

        AssertSkipped(result, EvaluationDiagnosticSeverity.Error, "GoldItemContext がありません。正解データなしでは採点できません。");
    }

    private static async Task<EvaluationResult> EvaluateAsync(string answer, GoldItem item, string[]? chunks) =>
        await new UnsupportedFactsEvaluator().EvaluateAsync(
            answer,
            additionalContext: chunks is null ? [new GoldItemContext(item)] : [new GoldItemContext(item), new GroundingSourcesContext(chunks)]);

    private static void AssertSkipped(EvaluationResult result, EvaluationDiagnosticSeverity severity, string message)
    {
        Assert.Equal([UnsupportedFactsEvaluator.ClaimRateMetricName, UnsupportedFactsEvaluator.FactsMetricName], result.Metrics.Keys.Order());
        Assert.All(result.Metrics.Values.Cast<NumericMetric>(), metric =>
        {
            Assert.Null(metric.Value);
            EvaluationDiagnostic diagnostic = SingleDiagnostic(metric);
            Assert.Equal((severity, message), (diagnostic.Severity, diagnostic.Message));
        });
    }
}
