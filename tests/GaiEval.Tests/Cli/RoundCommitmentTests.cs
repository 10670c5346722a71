namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>
/// <c>gaieval round open / close / verify</c> through the real command: a round that verifies for the ward and for a third
/// party, a hidden item edited mid-round, what commitment.json must not hold, and the refusals.
/// </summary>
public sealed class RoundCommitmentTests
{
    private const string Round = "2026-第1回";

    private static readonly (string Question, string Reference)[] Hidden =
    [
        ("非公開の問い：転入届の期限は？", "非公開の答え：転入から14日以内です。"),
        ("非公開の問い：印鑑登録の手数料は？", "非公開の答え：登録は無料です。"),
    ];

    [Fact]
    public async Task Open_close_and_a_third_partys_verify_all_agree()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder, Hidden[1].Reference);

        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        using CliProcess close = await RunAsync(folder, "round", "close", Round);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(close.ExitCode == 0, close.Output + close.Error);
        Assert.Contains($"回「{Round}」の非公開項目 2 件は、回を開いた時と同じです。", close.Output, StringComparison.Ordinal);
        string salt = Salt(folder);
        string reveal = File.ReadAllText(RoundFile(folder, "reveal.json"));
        Assert.Contains($"\"salt\": \"{salt}\"", reveal, StringComparison.Ordinal);
        Assert.Contains("\"hidden_items\": 2", reveal, StringComparison.Ordinal);

        using var vendor = new TempFolder();
        string publishedCommitment = vendor.Write("notice/commitment.json", File.ReadAllText(RoundFile(folder, "commitment.json")));
        string publishedReveal = vendor.Write("after/reveal.json", reveal);
        string receivedSet = vendor.Write("set/items.jsonl", File.ReadAllText(testSet));
        using CliProcess verify = await CliProcess.RunAsync(vendor.Path, "round", "verify", publishedCommitment, publishedReveal, receivedSet);

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains($"一致: 回「{Round}」の非公開項目 2 件は", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_item_edited_after_open_makes_close_exit_1_and_reveal_nothing()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder, Hidden[1].Reference);

        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        WriteTestSet(folder, "非公開の答え：登録は300円です。");
        using CliProcess close = await RunAsync(folder, "round", "close", Round);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        Assert.True(close.ExitCode == 1, close.Output + close.Error);
        Assert.Contains($"!!! 検証できません: 回「{Round}」の非公開セットは、回を開いた時", close.Error, StringComparison.Ordinal);
        Assert.Contains("コミットメントが一致しません", close.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("検証しました", close.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(RoundFile(folder, "reveal.json")));
        Assert.DoesNotContain(Salt(folder), close.Output + close.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_vendor_with_a_changed_set_or_a_broken_reveal_is_told_so()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder, Hidden[1].Reference);
        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        using CliProcess close = await RunAsync(folder, "round", "close", Round);
        string commitment = RoundFile(folder, "commitment.json");
        string reveal = RoundFile(folder, "reveal.json");
        string changedSet = WriteTestSet(folder, "非公開の答え：登録は300円です。", "changed.jsonl");
        string brokenReveal = folder.Write("broken.json", File.ReadAllText(reveal).Replace("\"salt\"", "\"pepper\"", StringComparison.Ordinal));

        using CliProcess changed = await RunAsync(folder, "round", "verify", commitment, reveal, changedSet);
        using CliProcess broken = await RunAsync(folder, "round", "verify", commitment, brokenReveal, testSet);

        Assert.Equal((0, 0), (open.ExitCode, close.ExitCode));
        Assert.True(changed.ExitCode == 1, changed.Output + changed.Error);
        Assert.Contains("不一致:", changed.Output, StringComparison.Ordinal);
        Assert.Contains("正規形の SHA-256 が一致しません", changed.Output, StringComparison.Ordinal);
        Assert.True(broken.ExitCode == 2, broken.Output + broken.Error);
        Assert.Contains($"{brokenReveal}:0: salt: ", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitment_json_holds_neither_the_salt_nor_any_hidden_text()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder, Hidden[1].Reference);

        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        string commitment = File.ReadAllText(RoundFile(folder, "commitment.json"));
        string salt = Salt(folder);
        Assert.Matches("^[0-9a-f]{64}$", salt);
        Assert.DoesNotContain(salt, commitment, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(salt, open.Output + open.Error, StringComparison.OrdinalIgnoreCase);
        foreach ((string question, string reference) in Hidden)
        {
            Assert.DoesNotContain(question, commitment, StringComparison.Ordinal);
            Assert.DoesNotContain(reference, commitment, StringComparison.Ordinal);
        }

        Assert.Contains("\"hidden_items\": 2", commitment, StringComparison.Ordinal);
        Assert.Contains("公開しないでください", File.ReadAllText(RoundFile(folder, "salt.secret")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_round_is_never_overwritten()
    {
        using var folder = new TempFolder();
        string testSet = WriteTestSet(folder, Hidden[1].Reference);
        using CliProcess first = await RunAsync(folder, "round", "open", testSet, "--round", Round);
        byte[] commitment = File.ReadAllBytes(RoundFile(folder, "commitment.json"));
        byte[] salt = File.ReadAllBytes(RoundFile(folder, "salt.secret"));

        using CliProcess second = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.ExitCode == 2, second.Output + second.Error);
        Assert.Contains($"回「{Round}」は既にあります。上書きしません", second.Error, StringComparison.Ordinal);
        Assert.Equal(commitment, File.ReadAllBytes(RoundFile(folder, "commitment.json")));
        Assert.Equal(salt, File.ReadAllBytes(RoundFile(folder, "salt.secret")));
    }

    [Fact]
    public async Task A_set_without_hidden_items_has_nothing_to_commit_to()
    {
        using var folder = new TempFolder();
        string testSet = folder.Write("items.jsonl", Item("p1", "public", "公開の問い", "公開の答え") + "\n");

        using CliProcess open = await RunAsync(folder, "round", "open", testSet, "--round", Round);

        Assert.True(open.ExitCode == 2, open.Output + open.Error);
        Assert.Contains($"{testSet}:0: split: split が hidden の項目が1件もありません", open.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("reports", "rounds", Round)));
    }

    [Fact]
    public async Task A_plan_commits_to_its_test_set_and_a_custom_folder_is_used_by_close()
    {
        using var folder = new TempFolder();
        WriteTestSet(folder, Hidden[1].Reference);
        string plan = folder.Write("plan.yaml", """
            name: 第1回
            testset: items.jsonl
            providers:
              - id: web
                name: 公開Webサービス
                method: web-service
                adapter: manual
                clearance: public
                system_prompt: あなたは区役所の窓口職員です。

            """);

        using CliProcess open = await RunAsync(folder, "round", "open", plan, "--round", Round, "--out", "rounds");
        using CliProcess close = await RunAsync(folder, "round", "close", Round, "--dir", "rounds");

        Assert.True(open.ExitCode == 0, open.Output + open.Error);
        string commitment = File.ReadAllText(folder.File("rounds", Round, "commitment.json"));
        Assert.Contains("\"testset\": \"../../items.jsonl\"", commitment, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, commitment, StringComparison.Ordinal);
        Assert.True(close.ExitCode == 0, close.Output + close.Error);
        Assert.True(File.Exists(folder.File("rounds", Round, "reveal.json")));
    }

    private static Task<CliProcess> RunAsync(TempFolder folder, params string[] args) => CliProcess.RunAsync(folder.Path, args);

    private static string RoundFile(TempFolder folder, string name) => folder.File("reports", "rounds", Round, name);

    private static string Salt(TempFolder folder) =>
        File.ReadAllLines(RoundFile(folder, "salt.secret")).Single(line => line.Length > 0 && !line.StartsWith('#'));

    private static string WriteTestSet(TempFolder folder, string secondReference, string name = "items.jsonl") => folder.Write(
        name,
        string.Join(
            "\n",
            Item("p1", "public", "公開の問い：住民票の写しの手数料は？", "公開の答え：1通300円です。"),
            Item("h1", "hidden", Hidden[0].Question, Hidden[0].Reference),
            Item("h2", "hidden", Hidden[1].Question, secondReference),
            Item("x1", "private", "内部の問い", "内部の答え")) + "\n");

    private static string Item(string id, string split, string question, string reference) =>
        $$"""{"id":"{{id}}","category":"住民票・戸籍","use":"対話生成","question":"{{question}}","reference":"{{reference}}","must_include":[["答え"]],"split":"{{split}}","human_minutes":3,"review_minutes":1}""";
}
