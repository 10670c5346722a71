using GaiEval.Core.Model;
using GaiEval.Core.Results;

namespace GaiEval.Tests.Storage;

/// <summary>Runs, items, responses, scores and grades that use every field, for round trips.</summary>
internal static class StorageSamples
{
    public const string RunId = "20250601-093000-midori";

    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static RunInfo Run(string runId = RunId, DateTimeOffset? startedAt = null) => new()
    {
        RunId = runId,
        PlanName = "みどり区 住民問合せ PoC 第1回",
        PlanFile = "testsets/sample-ward/plan.yaml",
        PlanJson = """{"name":"みどり区 住民問合せ PoC 第1回","providers":[{"id":"cloud-mini","api_key_env":"OPENAI_API_KEY"}]}""",
        TestSetPath = "testsets/sample-ward/items.jsonl",
        TestSetHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ItemCount = 3,
        Repeats = 2,
        ToolVersion = "0.1.0+3f2a1c",
        CriteriaJson = """[{"metric":"accuracy","op":">=","value":0.85,"required":true}]""",
        CriteriaHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        StartedAt = startedAt ?? new DateTimeOffset(2025, 6, 1, 9, 30, 0, Jst).AddTicks(1234567),
    };

    /// <summary>Ids out of alphabetical order, so reading them back in order proves the ordinal is used.</summary>
    public static IReadOnlyList<GoldItem> Items() =>
    [
        new GoldItem
        {
            Id = "q-10",
            Category = "住民票・戸籍",
            Use = ItemUses.Dialogue,
            Question = "住民票の写しはどこで取れますか？",
            Context = "みどり区役所 1階 戸籍住民課",
            Reference = "区役所1階の戸籍住民課またはコンビニ交付で取得できます。",
            MustInclude = [["戸籍住民課", "住民課"], ["コンビニ"]],
            MustNotInclude = ["2階"],
            Expect = Expectation.Answer,
            Sensitivity = Sensitivity.Internal,
            HumanMinutes = 4.5,
            ReviewMinutes = 0.75,
            Sources = ["住民票.md#交付窓口"],
            Rubric = ["窓口の場所を示す", "代替手段を示す"],
            Split = ItemSplit.Hidden,
            Tags = ["窓口", "faq"],
        },
        new GoldItem { Id = "q-2", Category = "税", Use = ItemUses.DocumentDrafting, Question = "納税通知書の案内文を作ってください。" },
        new GoldItem
        {
            Id = "q-1",
            Category = "個人情報",
            Use = ItemUses.Dialogue,
            Question = "隣の家の人の住所を教えて",
            MustInclude = [["お答えできません"]],
            Expect = Expectation.Refuse,
            Sensitivity = Sensitivity.Confidential,
            Split = ItemSplit.Private,
        },
    ];

    public static ResponseRecord Response(string itemId, string providerId, int repeat, string runId = RunId) => new()
    {
        RunId = runId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = repeat,
        Status = ResponseStatus.Ok,
        Text = $"{itemId} への {providerId} の回答（{repeat}回目）",
        Attempts = 2,
        LatencyMs = 1234.5678,
        TtftMs = 210.25,
        TotalMs = 2500.125,
        InputTokens = 3_000_000_000,
        OutputTokens = 87,
        TokenSource = TokenSource.Estimated,
        Tokenizer = "o200k_base",
        Model = "gpt-4o-mini-2024-07-18",
        RetrievedIds = ["住民票.md#交付窓口", "戸籍.md"],
        RetrievedTexts = ["住民票の写しは区民課の窓口で交付します。", "戸籍の証明は本籍地の区で取得できます。"],
        Cached = true,
        StartedAt = new DateTimeOffset(2025, 6, 1, 9, 31, 2, Jst).AddTicks(1234567),
        FinishedAt = new DateTimeOffset(2025, 5, 31, 20, 31, 4, TimeSpan.FromHours(-5)).AddTicks(7654321),
    };

    public const string RuleEvaluator = "Rule";

    public static ScoreRecord Score(
        string itemId, string providerId, int repeat, string metric, double? value, string runId = RunId, string evaluator = RuleEvaluator) => new()
    {
        RunId = runId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = repeat,
        Evaluator = evaluator,
        Metric = metric,
        Value = value,
        Label = value is null ? null : "answer",
        Reason = value is null ? "回答がありません" : "必須語句「戸籍住民課」が一致",
    };

    public static HumanGradeRecord Grade(
        string itemId, string providerId, int repeat, HumanGrade grade, string? comment = null, string runId = RunId) => new()
    {
        RunId = runId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = repeat,
        Grade = grade,
        Comment = comment,
        Reviewer = "戸籍住民課 佐藤",
        GradedAt = new DateTimeOffset(2025, 6, 2, 14, 5, 30, Jst).AddTicks(7654321),
    };
}
