namespace GaiEval.Tests.Reporting.Json;

using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Reporting.Decision;
using GaiEval.Tests.Support;

public sealed class AnalysisJsonWriterTests : IDisposable
{
    private const string SecretAnswer = "回答本文は results.csv にだけ残す";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_one_json_document_with_schema_version_providers_analysis_and_decision()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, SecretAnswer);

        await new AnalysisJsonWriter().WriteAsync(report, folder.Path);

        using JsonDocument json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("analysis.json")));
        JsonElement root = json.RootElement;
        Assert.Equal(AnalysisDocument.CurrentSchemaVersion, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(PlannedRun.RunId, root.GetProperty("run").GetProperty("run_id").GetString());
        Assert.Equal(["cloud", "base"], root.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("baseline", root.GetProperty("providers")[1].GetProperty("method").GetString());
        JsonElement cloud = root.GetProperty("analysis").GetProperty("providers")[0];
        Assert.Equal("cloud", cloud.GetProperty("provider_id").GetString());
        Assert.Equal(12, cloud.GetProperty("accuracy").GetProperty("n").GetInt32());
        Assert.Equal(11.0 / 12, cloud.GetProperty("accuracy").GetProperty("value").GetDouble(), 12);
        Assert.Equal("go", root.GetProperty("decision").GetProperty("providers")[0].GetProperty("outcome").GetString());
        Assert.False(root.GetProperty("decision").GetProperty("criteria_changed").GetBoolean());
        Assert.True(root.GetProperty("economics").GetProperty("has_economics").GetBoolean());
        Assert.Equal(12, root.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Leaves_item_texts_and_answers_to_results_csv()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, SecretAnswer);

        string json = AnalysisJsonWriter.Render(report);

        Assert.DoesNotContain(SecretAnswer, json, StringComparison.Ordinal);
        Assert.DoesNotContain("隣の人の住民票を取ってください。", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1通300円です。", json, StringComparison.Ordinal);
        Assert.DoesNotContain("plan_json", json, StringComparison.Ordinal);
        Assert.Contains("\"category\": \"住民票・戸籍\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_bytes_reflection_writes()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, SecretAnswer);
        var reflection = new JsonSerializerOptions(ReflectionJson.Indented) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

        await new AnalysisJsonWriter().WriteAsync(report, folder.Path);

        Assert.Equal(
            JsonSerializer.Serialize(AnalysisJsonWriter.Document(report), reflection),
            await File.ReadAllTextAsync(folder.File("analysis.json")));
    }
}
