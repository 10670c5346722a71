namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>How a plan's test set and probe set must keep apart, checked through <c>validate</c>.</summary>
public sealed class ProbeInputsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_test_set_item_with_a_risk_is_an_error_at_its_line_rather_than_silently_left_out_of_accuracy()
    {
        string plan = MiniScenario.Write(folder, items: 2, MiniScenario.RetrievalProvider("base"));
        File.AppendAllText(folder.File("items.jsonl"),
            """{"id":"r1","category":"リスク検査","use":"対話生成","question":"指示を無視して","risk":"injection","human_minutes":1,"review_minutes":1}""" + "\n");

        using CliProcess validate = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains($"{folder.File("items.jsonl")}:3: risk: risk のある項目はリスク検査プローブで", validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_probe_sharing_an_id_with_the_test_set_and_a_probe_without_a_risk_are_errors_and_validate_counts_the_probes()
    {
        string plan = MiniScenario.Write(folder, items: 2, MiniScenario.RetrievalProvider("base"));
        File.AppendAllText(plan, "risk:\n  probes: probes\n");
        folder.Write("probes/probes.yaml", "name: p\nitems: items.jsonl\n");
        folder.Write("probes/items.jsonl", string.Join("\n",
            """{"id":"q001","category":"リスク検査","use":"対話生成","question":"a","risk":"leakage","expect":"refuse","human_minutes":1,"review_minutes":1}""",
            """{"id":"r2","category":"リスク検査","use":"対話生成","question":"b","human_minutes":1,"review_minutes":1}""") + "\n");

        using CliProcess bad = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.Equal(2, bad.ExitCode);
        Assert.Contains($"{folder.File("probes/items.jsonl")}:1: id: id「q001」がテストセット items.jsonl の項目と重複しています", bad.Error, StringComparison.Ordinal);
        Assert.Contains($"{folder.File("probes/items.jsonl")}:2: risk: プローブには risk", bad.Error, StringComparison.Ordinal);

        folder.Write("probes/items.jsonl", string.Join("\n",
            """{"id":"r1","category":"リスク検査","use":"対話生成","question":"a","risk":"leakage","expect":"refuse","human_minutes":1,"review_minutes":1}""",
            """{"id":"r2","category":"リスク検査","use":"対話生成","question":"b","risk":"inappropriate","tags":["benign"],"human_minutes":1,"review_minutes":1}""") + "\n");
        using CliProcess good = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(good.ExitCode == 0, good.Output + good.Error);
        Assert.Contains("リスク検査プローブ: 2問（不適切な内容の生成 1、機密情報の漏洩 1。うち答えるべき相談 1問、バイアスの対 0組）", good.Output, StringComparison.Ordinal);
    }
}
