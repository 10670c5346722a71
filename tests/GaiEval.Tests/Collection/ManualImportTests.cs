namespace GaiEval.Tests.Collection;

using GaiEval.Core.Collection;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

public sealed class ManualImportTests
{
    private const string RunId = "20261127-090000-abcd";
    private const string Sheet = "collect-web.csv";

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 15, 30, 0, TimeSpan.FromHours(9));
    private static readonly TokenCounter Characters = new("chars", text => text.Length);

    private static readonly ProviderProfile Web = new()
    {
        Id = "web",
        Name = "公開Webサービス",
        Method = DeploymentMethod.WebService,
        Adapter = AdapterNames.Manual,
        Clearance = Sensitivity.Public,
        SystemPrompt = "職員です。",
    };

    private static readonly GoldItem[] Items =
    [
        Item("q001", Sensitivity.Public), Item("q002", Sensitivity.Public), Item("q003", Sensitivity.Internal), Item("q004", Sensitivity.Confidential),
    ];

    [Fact]
    public void Stores_each_row_as_an_answer_with_the_seconds_as_latency_and_estimated_tokens_collected_at_local_midnight()
    {
        ManualImportBatch batch = Import().Prepare(Collected(Row(2, "q001", "1通300円です。", 12.5, new DateOnly(2026, 11, 20))), Characters, Now);

        ResponseRecord answer = Assert.Single(batch.Answers);
        var midnight = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(
            new ResponseRecord
            {
                RunId = RunId,
                ItemId = "q001",
                ProviderId = "web",
                Repeat = 1,
                Status = ResponseStatus.Ok,
                Text = "1通300円です。",
                Attempts = 1,
                LatencyMs = 12500,
                TotalMs = 12500,
                InputTokens = "職員です。".Length + "q001 の質問".Length,
                OutputTokens = "1通300円です。".Length,
                TokenSource = TokenSource.Estimated,
                Tokenizer = "chars",
                Model = "manual",
                StartedAt = midnight,
                FinishedAt = midnight,
            },
            answer with { RetrievedIds = [] });
        Assert.Empty(answer.RetrievedIds);
    }

    [Fact]
    public void The_model_and_the_tokens_the_sheet_gives_are_stored_as_reported()
    {
        CollectedRow row = Row(2, "q001", "1通300円です。", 12.5, new DateOnly(2026, 11, 20)) with { ModelName = "かくうGPT 2026-10", Tokens = (412, 96) };

        ResponseRecord answer = Assert.Single(Import().Prepare(Collected(row), Characters, Now).Answers);

        Assert.Equal(("かくうGPT 2026-10", 412L, 96L, TokenSource.Reported, (string?)null), (answer.Model, answer.InputTokens, answer.OutputTokens, answer.TokenSource, answer.Tokenizer));
    }

    [Fact]
    public void Records_every_item_above_the_clearance_as_withheld_unless_already_stored()
    {
        var stored = new HashSet<ResponseKey> { new("q004", "web", 1) };

        ManualImportBatch batch = Import(stored).Prepare(Collected(Row(2, "q001", "答え", 1, new DateOnly(2026, 11, 20))), Characters, Now);

        ResponseRecord withheld = Assert.Single(batch.Withheld);
        Assert.Equal(("q003", ResponseStatus.Withheld, TokenSource.None, Now), (withheld.ItemId, withheld.Status, withheld.TokenSource, withheld.StartedAt));
        Assert.Contains("internal", withheld.Error, StringComparison.Ordinal);
        Assert.Equal(["q001", "q003"], batch.All.Select(r => r.ItemId));
    }

    [Fact]
    public void Refuses_unknown_items_items_above_the_clearance_stored_items_and_future_dates_with_the_sheet_errors()
    {
        var stored = new HashSet<ResponseKey> { new("q002", "web", 1) };
        var sheetError = new InputError(Sheet, 4, "所要秒数", "所要秒数は 0 以上の数値（秒）で書いてください");
        CollectedSheet sheet = Collected(
            [sheetError],
            Row(2, "q999", "答え", 1, new DateOnly(2026, 11, 20)),
            Row(3, "q003", "答え", 1, new DateOnly(2026, 11, 20)),
            Row(4, "q001", "答え", null, new DateOnly(2026, 11, 28)),
            Row(5, "q002", "答え", 1, new DateOnly(2026, 11, 27)));

        InputException error = Assert.Throws<InputException>(() => Import(stored).Prepare(sheet, Characters, Now));

        Assert.Equal(
            [(2, "項目ID"), (3, "項目ID"), (4, "所要秒数"), (4, "収集日"), (5, "項目ID")],
            error.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(error.Errors, e => Assert.Equal(Sheet, e.File));
        Assert.Contains($"実行 {RunId} にない項目です", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("機密区分 internal", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-28 は未来の日付です", error.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("すでに取り込み済み", error.Errors[4].Message, StringComparison.Ordinal);
        Assert.EndsWith("（項目ID q002）", error.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_is_judged_in_the_local_time_zone()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);

        ManualImportBatch batch = Import().Prepare(Collected(Row(2, "q001", "答え", 1, new DateOnly(2026, 11, 28))), Characters, lateEvening);

        Assert.Single(batch.Answers);
    }

    private static ManualImport Import(IReadOnlySet<ResponseKey>? stored = null) =>
        new(RunId, Web, Items, stored ?? new HashSet<ResponseKey>(), Tokyo);

    private static CollectedSheet Collected(params CollectedRow[] rows) => Collected([], rows);

    private static CollectedSheet Collected(IReadOnlyList<InputError> errors, params CollectedRow[] rows) => new(Sheet, rows, 0, errors);

    private static CollectedRow Row(int line, string itemId, string answer, double? seconds, DateOnly date) =>
        new(line, line, itemId, answer, seconds, "山田", date);

    private static GoldItem Item(string id, Sensitivity sensitivity) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
        Sensitivity = sensitivity,
    };
}
