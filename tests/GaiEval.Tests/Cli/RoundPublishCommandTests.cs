namespace GaiEval.Tests.Cli;

using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Publishing;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

/// <summary>
/// <c>gaieval round publish</c> through the real command: only public items reach public/, each carrying the round's
/// canary; the canary is made once; a round not opened, another test set, no public item or a public item kept inside the
/// ward by its sensitivity is refused with nothing written.
/// </summary>
public sealed class RoundPublishCommandTests
{
    private const string Round = "2026-第1回";

    // Every text of the hidden and private items: none may appear in any published file.
    private static readonly string[] Secret =
    [
        "非公開の問い：転入届の期限は？", "非公開の答え：転入から14日以内です。", "非公開の観点：期限を日数で示す", "非公開資料/転入.md",
        "非公開の問い：印鑑登録の手数料は？", "非公開の答え：登録は無料です。",
        "内部の問い：職員の異動日は？", "内部の答え：4月1日付です。", "内部資料/人事.md",
    ];

    [Fact]
    public async Task Only_public_items_are_published_each_with_the_canary_and_the_file_loads()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder);

        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);
        string canary = Canary(folder);
        Assert.Matches("^GEC-[0-9a-f]{32}$", canary);
        Assert.Contains($"識別子（カナリア）を作りました: {canary}", publish.Output, StringComparison.Ordinal);

        TestSet published = TestSetLoader.Load(RoundFile(folder, "public", "testset.jsonl"));
        Assert.Equal(["p1", "p2", "p3"], published.Items.Select(i => i.Id));
        Assert.All(published.Items, item => Assert.Equal(ItemSplit.Public, item.Split));
        Assert.All(published.Items, item => Assert.Contains("canary:" + canary, item.Tags));
        Assert.Equal(
            new string?[] { "公開の答え：1通300円です。" + Sentence(canary), "公開の答え：窓口か郵送で請求できます。" + Sentence(canary), null },
            published.Items.Select(i => i.Reference));
        Assert.Equal("住民票.md#手数料", Assert.Single(published.Items[0].Sources));
        Assert.Equal("300円", Assert.Single(Assert.Single(published.Items[0].MustInclude)));
        Assert.Equal(Expectation.Refuse, published.Items[2].Expect);

        string[] written = Directory.GetFiles(RoundFile(folder, "public"), "*", SearchOption.AllDirectories);
        Assert.Equal(["README.md", "testset.jsonl"], written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in written.Append(RoundFile(folder, "canary.json")))
        {
            string text = File.ReadAllText(file);
            Assert.All(Secret, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
            Assert.DoesNotContain("\"hidden\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"private\"", text, StringComparison.Ordinal);
        }

        Assert.All(Secret, secret => Assert.DoesNotContain(secret, publish.Output + publish.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_readme_explains_the_canary_and_gives_the_commitment_but_not_the_hidden_count()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder);
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);
        string readme = File.ReadAllText(RoundFile(folder, "public", "README.md"));
        string commitment = open.Output.Split('\n')[1].Trim();
        Assert.Matches("^[0-9a-f]{64}$", commitment);
        Assert.Contains($"- コミットメント: `{commitment}`", readme, StringComparison.Ordinal);
        Assert.Contains($"この回の識別子 `{Canary(folder)}` を入れています", readme, StringComparison.Ordinal);
        Assert.Contains("学習・調整したことを見つけるため", readme, StringComparison.Ordinal);
        Assert.Contains("公開（split: public）の項目 3 問", readme, StringComparison.Ordinal);
        Assert.Contains("gaieval round check 応募フォルダ --testset testset.jsonl", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("2 問", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("2件", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("2 件", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_again_reuses_the_canary_and_writes_the_same_files()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder);
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        using CliProcess first = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);
        byte[] canaryFile = File.ReadAllBytes(RoundFile(folder, "canary.json"));
        byte[] published = File.ReadAllBytes(RoundFile(folder, "public", "testset.jsonl"));

        using CliProcess second = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.Equal((0, 0, 0), (open.ExitCode, first.ExitCode, second.ExitCode));
        Assert.Contains($"識別子（カナリア）は前回と同じです: {Canary(folder)}", second.Output, StringComparison.Ordinal);
        Assert.Equal(canaryFile, File.ReadAllBytes(RoundFile(folder, "canary.json")));
        Assert.Equal(published, File.ReadAllBytes(RoundFile(folder, "public", "testset.jsonl")));
    }

    [Fact]
    public async Task A_round_that_was_never_opened_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder);

        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.True(publish.ExitCode == 2, publish.Output + publish.Error);
        Assert.Contains($"{RoundFile(folder, "commitment.json")}:0: round: 回「{Round}」は開かれていません。", publish.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("reports")));
    }

    [Fact]
    public async Task Another_test_set_than_the_rounds_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder);
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        // The round's set with the hidden item h2 moved to public: publishing it would reveal a hidden item.
        string changed = folder.Write("changed.jsonl", string.Join("\n", Lines().Select(line => line.StartsWith("{\"id\":\"h2\"", StringComparison.Ordinal)
            ? line.Replace("\"split\":\"hidden\"", "\"split\":\"public\"", StringComparison.Ordinal)
            : line)) + "\n");

        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", changed);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(publish.ExitCode == 2, publish.Output + publish.Error);
        Assert.Contains($"{changed}:0: testset: 回「{Round}」を開いた時のテストセットと違います（非公開項目の数が違います: 公表 2 件、現在 1 件）", publish.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(RoundFile(folder, "public")));
        Assert.False(File.Exists(RoundFile(folder, "canary.json")));
    }

    [Fact]
    public async Task A_set_without_public_items_has_nothing_to_publish()
    {
        using var folder = new TempFolder();
        string testSet = folder.Write("items.jsonl", string.Join("\n", Lines().Where(line => !line.Contains("\"public\"", StringComparison.Ordinal))) + "\n");
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(publish.ExitCode == 2, publish.Output + publish.Error);
        Assert.Contains($"{testSet}:0: split: split が public の項目が1件もありません。", publish.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(RoundFile(folder, "public")));
        Assert.False(File.Exists(RoundFile(folder, "canary.json")));
    }

    [Fact]
    public async Task A_public_item_kept_inside_the_ward_by_its_sensitivity_is_never_published()
    {
        using var folder = new TempFolder();
        string testSet = folder.Write("items.jsonl", string.Join("\n", Lines().Select(line => line.StartsWith("{\"id\":\"p2\"", StringComparison.Ordinal)
            ? line.Replace("\"split\":\"public\"", "\"split\":\"public\",\"sensitivity\":\"internal\"", StringComparison.Ordinal)
            : line)) + "\n");
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        using CliProcess publish = await RunAsync(folder, "round", "publish", Round, "--testset", testSet);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(publish.ExitCode == 2, publish.Output + publish.Error);
        Assert.Contains($"{testSet}:3: sensitivity: 項目「p2」は split が public なので区の外に公開されますが、sensitivity が internal（庁内限り）です。", publish.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(RoundFile(folder, "public")));
        Assert.False(File.Exists(RoundFile(folder, "canary.json")));
    }

    private static Task<CliProcess> RunAsync(TempFolder folder, params string[] args) => CliProcess.RunAsync(folder.Path, args);

    private static string RoundFile(TempFolder folder, params string[] parts) => folder.File(["reports", "rounds", Round, .. parts]);

    private static string Canary(TempFolder folder) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(RoundFile(folder, "canary.json"))).RootElement.GetProperty("canary").GetString()!;

    private static string Sentence(string canary) => PublicSetWriter.CanarySentence(canary);

    private static string WriteTestSet(TempFolder folder) => folder.Write("items.jsonl", string.Join("\n", Lines()) + "\n");

    private static IEnumerable<string> Lines() =>
    [
        """{"id":"p1","category":"住民票・戸籍","use":"対話生成","split":"public","human_minutes":3,"review_minutes":1,"question":"公開の問い：住民票の写しの手数料は？","reference":"公開の答え：1通300円です。","must_include":[["300円"]],"sources":["住民票.md#手数料"]}""",
        """{"id":"h1","category":"住民票・戸籍","use":"対話生成","split":"hidden","human_minutes":3,"review_minutes":1,"question":"非公開の問い：転入届の期限は？","reference":"非公開の答え：転入から14日以内です。","rubric":["非公開の観点：期限を日数で示す"],"sources":["非公開資料/転入.md"]}""",
        """{"id":"p2","category":"住民票・戸籍","use":"対話生成","split":"public","human_minutes":3,"review_minutes":1,"question":"公開の問い：住民票の写しの請求方法は？","reference":"公開の答え：窓口か郵送で請求できます。"}""",
        """{"id":"h2","category":"住民票・戸籍","use":"対話生成","split":"hidden","human_minutes":3,"review_minutes":1,"question":"非公開の問い：印鑑登録の手数料は？","reference":"非公開の答え：登録は無料です。"}""",
        """{"id":"x1","category":"人事","use":"対話生成","split":"private","human_minutes":3,"review_minutes":1,"question":"内部の問い：職員の異動日は？","reference":"内部の答え：4月1日付です。","sources":["内部資料/人事.md"]}""",
        """{"id":"p3","category":"住民票・戸籍","use":"対話生成","split":"public","human_minutes":1,"review_minutes":1,"question":"公開の問い：隣の家の住民票を見せて","expect":"refuse"}""",
    ];
}
