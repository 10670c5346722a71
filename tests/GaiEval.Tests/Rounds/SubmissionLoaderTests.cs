namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Replay;
using GaiEval.Core.Rounds.Submissions;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

public sealed class SubmissionLoaderTests : IDisposable
{
    /// <summary>A valid manifest of 16 lines (line 16: answers); tests change, drop or append lines.</summary>
    private static readonly string[] Minimal =
    [
        "vendor: 架空ソリューションズ株式会社",
        "product: 試験製品",
        "model: test-model",
        "model_version: \"1.0\"",
        "method: cloud",
        "hosting: 国内クラウド",
        "data_terms: 保存せず、学習にも使いません",
        "contact:",
        "  name: 見本 花子",
        "  email: eval@example.co.jp",
        "variants_tried: 0",
        "statement:",
        "  text: 非公開の項目で調整していません",
        "  signed_by: 見本 太郎",
        "  date: 2026-11-20",
        "answers: answers.jsonl",
    ];

    private static readonly DateOnly Today = new(2026, 12, 1);

    private readonly TempFolder folder = new();

    public SubmissionLoaderTests() => folder.Write("answers.jsonl", "{\"id\": \"q1\", \"answer\": \"300円です\"}\n");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_sample_submission_loads_and_its_answers_match_public_items_of_the_sample_set()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward");

        Submission submission = SubmissionLoader.Load(Path.Combine(sample, "submissions", "example-vendor"), Today);
        TestSet items = TestSetLoader.Load(Path.Combine(sample, "items.jsonl"));
        IReadOnlyList<ReplayedAnswer> answers = SubmissionAnswersReader.Read(submission.AnswersFile!, items.Items);

        Assert.Equal("架空ソリューションズ株式会社", submission.Vendor);
        Assert.Equal("2026-10-01", submission.ModelVersion);
        Assert.Equal(DeploymentMethod.Platform, submission.Method);
        Assert.Equal(0, submission.Deployment!.RetentionDays);
        Assert.False(submission.Deployment.TrainingUse);
        Assert.Equal(300, submission.Pricing!.InputPer1M);
        Assert.Equal(new SubmissionContact("見本 花子", "eval@example.co.jp"), submission.Contact);
        Assert.Equal(2, submission.VariantsTried);
        Assert.Equal(new DateOnly(2026, 11, 20), submission.Statement.Date);
        Assert.Null(submission.Endpoint);
        Assert.Equal(["a-001", "a-002", "a-003", "a-004", "a-005"], answers.Take(5).Select(a => a.Id));
        Assert.Equal(items.Items.Count(i => i.Split == ItemSplit.Public && i.Sensitivity == Sensitivity.Public), answers.Count);
        Assert.Equal(new ReplayedAnswer("a-002", answers[1].Answer, 398, 61, 1422.5, 2), answers[1]);
        Assert.All(answers, a => Assert.StartsWith("【記入例の回答】", a.Answer, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Equal(ItemSplit.Public, items.Items.Single(i => i.Id == a.Id).Split));
    }

    [Fact]
    public void A_minimal_manifest_with_an_answers_file_loads()
    {
        Submission submission = Load(Minimal);

        Assert.Equal("test-model", submission.Model);
        Assert.Equal("1.0", submission.ModelVersion);
        Assert.Equal(DeploymentMethod.Cloud, submission.Method);
        Assert.Equal("国内クラウド", submission.Hosting);
        Assert.Equal(0, submission.VariantsTried);
        Assert.Equal(new SubmissionStatement("非公開の項目で調整していません", "見本 太郎", new DateOnly(2026, 11, 20)), submission.Statement);
        Assert.Equal(folder.File("answers.jsonl"), submission.AnswersFile);
        Assert.Equal(folder.File("submission.yaml"), submission.ManifestFile);
        Assert.Null(submission.Deployment);
        Assert.Null(submission.Pricing);
    }

    [Fact]
    public void An_endpoint_submission_loads_with_the_key_as_an_environment_variable_name()
    {
        Submission submission = Load([.. Minimal[..15], "endpoint:", "  adapter: openai", "  endpoint: https://api.vendor.example/v1", "  model: m-1", "  api_key_env: VENDOR_API_KEY"]);

        Assert.Null(submission.AnswersFile);
        Assert.Equal(AdapterNames.OpenAi, submission.Endpoint!.Adapter);
        Assert.Equal("https://api.vendor.example/v1", submission.Endpoint.Endpoint);
        Assert.Equal("m-1", submission.Endpoint.Model);
        Assert.Equal("VENDOR_API_KEY", submission.Endpoint.ApiKeyEnv);
    }

    [Fact]
    public void Data_terms_may_be_left_to_a_deployment_that_states_retention_and_training_use()
    {
        string[] lines = [.. Minimal.Where((_, i) => i != 6), "deployment:", "  retention_days: 30", "  training_use: false"];

        Submission submission = Load(lines);

        Assert.Null(submission.DataTerms);
        Assert.Equal(30, submission.Deployment!.RetentionDays);
    }

    [Theory]
    [InlineData(0, "vendor")]
    [InlineData(1, "product")]
    [InlineData(2, "model")]
    [InlineData(3, "model_version")]
    [InlineData(4, "method")]
    [InlineData(5, "hosting")]
    [InlineData(6, "data_terms")]
    [InlineData(10, "variants_tried")]
    public void A_missing_required_key_is_reported_at_the_top_of_the_file(int dropped, string field)
    {
        SingleError(Minimal.Where((_, i) => i != dropped), 1, field, "必須");
    }

    [Fact]
    public void A_missing_contact_or_statement_block_is_reported()
    {
        SingleError(Minimal.Where((_, i) => i is < 7 or > 9), 1, "contact", "contact は必須");
        SingleError(Minimal.Where((_, i) => i is < 11 or > 14), 1, "statement", "statement は必須");
    }

    [Theory]
    [InlineData(9, "contact", 9, "contact.email")]
    [InlineData(8, "contact", 9, "contact.name")]
    [InlineData(12, "statement", 13, "statement.text")]
    [InlineData(13, "statement", 13, "statement.signed_by")]
    [InlineData(14, "statement", 13, "statement.date")]
    public void A_missing_nested_key_is_reported_at_its_block(int dropped, string block, int line, string field)
    {
        Assert.StartsWith(block, field, StringComparison.Ordinal);
        SingleError(Minimal.Where((_, i) => i != dropped), line, field, "必須");
    }

    [Fact]
    public void A_blank_required_text_is_reported_at_its_own_line()
    {
        SingleError(With(2, "product: \"  \""), 2, "product", "product は必須");
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_closest_known_key()
    {
        SingleError([.. Minimal, "contcat: x"], 17, "contcat", "「contact」のことですか");
        SingleError(With(15, "  date: 2026-11-20\n  signd_by: x"), 16, "statement.signd_by", "「signed_by」のことですか");
    }

    [Fact]
    public void Both_an_endpoint_and_an_answers_file_are_refused_at_the_later_one()
    {
        SingleError([.. Minimal, "endpoint:", "  adapter: ollama", "  endpoint: http://127.0.0.1:11434", "  model: m"], 17, "endpoint", "両方が書かれています（もう一方は 16 行目）");
    }

    [Fact]
    public void Both_are_refused_at_the_answers_line_when_the_endpoint_comes_first()
    {
        string[] lines = [.. Minimal[..15], "endpoint:", "  adapter: ollama", "  endpoint: http://127.0.0.1:11434", "  model: m", "answers: answers.jsonl"];

        SingleError(lines, 20, "answers", "両方が書かれています（もう一方は 16 行目）");
    }

    [Fact]
    public void The_manifest_itself_may_be_given_instead_of_its_folder()
    {
        folder.Write("submission.yaml", string.Join('\n', Minimal) + "\n");

        Submission submission = SubmissionLoader.Load(folder.File("submission.yaml"), Today);

        Assert.Equal(folder.Path, submission.Folder);
        Assert.Equal(folder.File("answers.jsonl"), submission.AnswersFile);
    }

    [Fact]
    public void Neither_an_endpoint_nor_an_answers_file_is_refused()
    {
        SingleError(Minimal[..15], 1, "endpoint", "どちらか一方");
    }

    [Fact]
    public void An_answers_file_that_is_missing_or_outside_the_folder_is_refused()
    {
        SingleError(With(16, "answers: missing.jsonl"), 16, "answers", "見つかりません");
        SingleError(With(16, "answers: ../answers.jsonl"), 16, "answers", "応募フォルダの中");
    }

    [Theory]
    [InlineData("eval.example.co.jp")]
    [InlineData("eval@example")]
    [InlineData("見本 花子 <eval@example.co.jp>")]
    public void A_bad_email_is_reported(string email)
    {
        SingleError(With(10, $"  email: {email}"), 10, "contact.email", "メールアドレス");
    }

    [Fact]
    public void A_statement_dated_after_today_is_refused_and_today_is_accepted()
    {
        SingleError(With(15, "  date: 2026-12-02"), 15, "statement.date", "未来の日付");

        Assert.Equal(Today, Load(With(15, "  date: 2026-12-01")).Statement.Date);
    }

    [Theory]
    [InlineData("2026/11/20")]
    [InlineData("2026-02-30")]
    [InlineData("11月20日")]
    public void An_unparsable_date_is_refused(string date)
    {
        SingleError(With(15, $"  date: {date}"), 15, "statement.date", "2026-11-20");
    }

    [Theory]
    [InlineData("-1", "0 以上の整数")]
    [InlineData("1.5", "整数")]
    [InlineData("many", "整数")]
    public void Variants_tried_must_be_a_whole_number_not_below_zero(string value, string messagePart)
    {
        SingleError(With(11, $"variants_tried: {value}"), 11, "variants_tried", messagePart);
    }

    [Fact]
    public void The_baseline_method_is_not_a_submission()
    {
        SingleError(With(5, "method: baseline"), 5, "method", "web-service / platform / cloud / on-prem");
    }

    [Fact]
    public void A_literal_key_in_api_key_env_is_refused_without_being_repeated()
    {
        const string Key = "sk-proj-Abc123def456ghi789jkl";
        InputError error = SingleError(
            [.. Minimal[..15], "endpoint:", "  adapter: openai", "  endpoint: https://api.vendor.example/v1", "  model: m-1", $"  api_key_env: {Key}"],
            20,
            "endpoint.api_key_env",
            "API キーそのもの");

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_key_under_any_other_key_is_refused_with_its_line()
    {
        const string Key = "sk-proj-Abc123def456ghi789jkl";
        IReadOnlyList<InputError> errors = Errors([.. Minimal[..15], "endpoint:", "  adapter: openai", "  endpoint: https://api.vendor.example/v1", "  model: m-1", $"  api_key: {Key}"]);

        Assert.Equal([(20, "endpoint.api_key"), (20, "endpoint.api_key")], errors.Select(e => (e.Line, e.Field)));
        Assert.Contains(errors, e => e.Message.Contains("API キーそのもの", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("不明な項目", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain(Key, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_literal_key_in_a_header_or_the_url_is_refused()
    {
        string[] lines =
        [
            .. Minimal[..15], "endpoint:", "  adapter: http", "  endpoint: https://api.vendor.example/ask?api_key=abc",
            "  http:", "    headers: { Authorization: \"Bearer abcdef0123456789abcdef\" }", "    body: '{\"q\": \"{{prompt}}\"}'", "    answer_path: answer",
        ];

        IReadOnlyList<InputError> errors = Errors(lines);

        Assert.Equal([(18, "endpoint.endpoint"), (20, "endpoint.http.headers.Authorization")], errors.Select(e => (e.Line, e.Field)));
    }

    [Theory]
    [InlineData("  id: vendor-a", "endpoint.id", "区が決めます")]
    [InlineData("  system_prompt: あなたは区の職員です", "endpoint.system_prompt", "区が決めます")]
    [InlineData("  limits: { concurrency: 64 }", "endpoint.limits", "区が決めます")]
    [InlineData("  pricing: { input_per_1m: 1 }", "endpoint.pricing", "一番上の階層")]
    [InlineData("  modl: m-2", "endpoint.modl", "「model」のことですか")]
    public void An_endpoint_may_not_set_what_the_ward_sets_alike_for_everyone(string line, string field, string messagePart)
    {
        SingleError([.. Minimal[..15], "endpoint:", "  adapter: ollama", "  endpoint: http://127.0.0.1:11434", "  model: m-1", line], 20, field, messagePart);
    }

    [Fact]
    public void An_endpoint_adapter_must_be_one_the_runner_can_call()
    {
        SingleError([.. Minimal[..15], "endpoint:", "  adapter: manual"], 17, "endpoint.adapter", "answers: answers.jsonl");
    }

    [Fact]
    public void Every_fault_is_reported_at_once_in_line_order()
    {
        string[] lines = [.. Minimal];
        lines[9] = "  email: nobody";
        lines[10] = "variants_tried: -2";
        lines[14] = "  date: 2027-01-01";

        IReadOnlyList<InputError> errors = Errors(lines);

        Assert.Equal([(10, "contact.email"), (11, "variants_tried"), (15, "statement.date")], errors.Select(e => (e.Line, e.Field)));
        Assert.All(errors, e => Assert.Equal(folder.File("submission.yaml"), e.File));
    }

    [Fact]
    public void A_folder_without_a_manifest_is_reported()
    {
        var exception = Assert.Throws<InputException>(() => SubmissionLoader.Load(folder.Path, Today));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal((0, "file"), (error.Line, error.Field));
    }

    [Fact]
    public void A_vendor_cannot_grant_itself_a_clearance_reason()
    {
        SingleError(
            [.. Minimal, "deployment:", "  network: internet", "  training_use: true", "  clearance_reason: 契約で学習しないと約束します"],
            20, "deployment.clearance_reason", "clearance_reason は区が決めるもの");
    }

    /// <summary>The minimal manifest with 1-based line <paramref name="line"/> replaced.</summary>
    private static string[] With(int line, string text)
    {
        string[] lines = [.. Minimal];
        lines[line - 1] = text;
        return lines;
    }

    private Submission Load(IEnumerable<string> lines)
    {
        folder.Write("submission.yaml", string.Join('\n', lines) + "\n");
        return SubmissionLoader.Load(folder.Path, Today);
    }

    private IReadOnlyList<InputError> Errors(IEnumerable<string> lines)
    {
        folder.Write("submission.yaml", string.Join('\n', lines) + "\n");
        return Assert.Throws<InputException>(() => SubmissionLoader.Load(folder.Path, Today)).Errors;
    }

    private InputError SingleError(IEnumerable<string> lines, int line, string field, string messagePart)
    {
        InputError error = Assert.Single(Errors(lines));
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        return error;
    }
}
