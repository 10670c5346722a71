namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Replay;
using GaiEval.Core.Rounds.Submissions;
using GaiEval.Tests.Support;

public sealed class SubmissionAnswersReaderTests : IDisposable
{
    private static readonly GoldItem[] Items =
    [
        Item("p-1", ItemSplit.Public),
        Item("p-2", ItemSplit.Public),
        Item("h-1", ItemSplit.Hidden),
        Item("x-1", ItemSplit.Private),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_answers_with_and_without_the_optional_measurements()
    {
        string path = Write(
            "{\"id\": \"p-1\", \"answer\": \"300円です\", \"input_tokens\": 120, \"output_tokens\": 30, \"latency_ms\": 850.5}",
            string.Empty,
            "{\"id\": \"p-2\", \"answer\": \"b\", \"latency_ms\": null}");

        IReadOnlyList<ReplayedAnswer> answers = SubmissionAnswersReader.Read(path, Items);

        Assert.Equal([new ReplayedAnswer("p-1", "300円です", 120, 30, 850.5, 1), new ReplayedAnswer("p-2", "b", null, null, null, 3)], answers);
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark_and_windows_line_ends()
    {
        string path = folder.WriteBytes("answers.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"id\": \"p-1\", \"answer\": \"a\"}\r\n{\"id\": \"p-2\", \"answer\": \"b\"}\r\n"u8.ToArray()]);

        Assert.Equal(["p-1", "p-2"], SubmissionAnswersReader.Read(path).Select(a => a.Id));
    }

    [Theory]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\"", "json", "JSON として読めません")]
    [InlineData("[\"p-2\", \"b\"]", "json", "JSON オブジェクト")]
    [InlineData("{\"answer\": \"b\"}", "id", "id は必須")]
    [InlineData("{\"id\": \" \", \"answer\": \"b\"}", "id", "id は必須")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \" \"}", "answer", "空の回答は書けません")]
    [InlineData("{\"id\": 2, \"answer\": \"b\"}", "id", "文字列")]
    [InlineData("{\"id\": \"p-2\"}", "answer", "answer は必須")]
    [InlineData("{\"id\": \"p-2\", \"answer\": null}", "answer", "answer は必須")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"input_tokens\": -1}", "input_tokens", "0 以上の整数")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"output_tokens\": 2.5}", "output_tokens", "0 以上の整数")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"output_tokens\": \"12\"}", "output_tokens", "0 以上の整数")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"latency_ms\": -0.5}", "latency_ms", "0 以上の数値")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"answr\": \"c\"}", "answr", "「answer」のことですか")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"model\": \"m\"}", "model", "使える項目: id, answer, input_tokens")]
    [InlineData("{\"id\": \"p-2\", \"answer\": \"b\", \"answer\": \"c\"}", "answer", "2 回書かれています")]
    public void A_bad_line_is_reported_with_its_line_and_field(string line, string field, string messagePart)
    {
        string path = Write("{\"id\": \"p-1\", \"answer\": \"a\"}", line);

        InputError error = Assert.Single(Errors(path, Items));

        Assert.Equal((path, 2, field), (error.File, error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_answer_to_the_same_item_is_reported_with_the_first_line()
    {
        string path = Write("{\"id\": \"p-1\", \"answer\": \"a\"}", string.Empty, "{\"id\": \"p-1\", \"answer\": \"b\"}");

        InputError error = Assert.Single(Errors(path, Items));

        Assert.Equal((3, "id"), (error.Line, error.Field));
        Assert.Contains("最初は 1 行目", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("h-1", "hidden の項目です")]
    [InlineData("x-1", "private の項目です")]
    public void An_answer_to_an_item_that_is_not_public_is_refused_naming_its_split(string id, string messagePart)
    {
        string path = Write("{\"id\": \"p-1\", \"answer\": \"a\"}", $"{{\"id\": \"{id}\", \"answer\": \"b\"}}");

        InputError error = Assert.Single(Errors(path, Items));

        Assert.Equal((2, "id"), (error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Contains("public の項目だけ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_items_a_hidden_id_is_not_checked()
    {
        string path = Write("{\"id\": \"h-1\", \"answer\": \"a\"}");

        Assert.Equal("h-1", Assert.Single(SubmissionAnswersReader.Read(path)).Id);
    }

    [Fact]
    public void An_id_the_test_set_does_not_have_is_unknown_with_the_closest_id()
    {
        string path = Write("{\"id\": \"p-3\", \"answer\": \"a\"}", "{\"id\": \"zzz-999\", \"answer\": \"b\"}");

        IReadOnlyList<InputError> errors = Errors(path, Items);

        Assert.Equal([(1, "id"), (2, "id")], errors.Select(e => (e.Line, e.Field)));
        Assert.All(errors, e => Assert.Contains("テストセットにありません", e.Message, StringComparison.Ordinal));
        Assert.Contains("「p-1」のことですか", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fault_of_a_file_is_reported_at_once_in_line_order()
    {
        string path = Write(
            "{\"id\": \"h-1\", \"answer\": \"a\"}",
            "not json",
            "{\"id\": \"p-1\", \"answer\": \"b\", \"input_tokens\": -3}",
            "{\"id\": \"p-2\", \"answer\": \"c\"}",
            "{\"id\": \"p-2\", \"answer\": \"d\"}");

        IReadOnlyList<InputError> errors = Errors(path, Items);

        Assert.Equal([(1, "id"), (2, "json"), (3, "input_tokens"), (5, "id")], errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        InputError error = Assert.Single(Errors(Write(string.Empty), Items));

        Assert.Equal((0, "file"), (error.Line, error.Field));
    }

    private static GoldItem Item(string id, ItemSplit split) =>
        new() { Id = id, Category = "住民票・戸籍", Use = "対話生成", Question = "質問", Split = split };

    private static IReadOnlyList<InputError> Errors(string path, IReadOnlyList<GoldItem> items) =>
        Assert.Throws<InputException>(() => SubmissionAnswersReader.Read(path, items)).Errors;

    private string Write(params string[] lines) => folder.Write("answers.jsonl", string.Join('\n', lines) + "\n");
}
