namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Tests.Support;
using GaiEval.Tests.TestSets;

/// <summary>A temp folder holding a plan, its test set and a knowledge folder, as a PoC team would lay them out.</summary>
internal sealed class PlanFolder : IDisposable
{
    /// <summary>A valid plan of 7 lines; tests append lines (line 8 on) or write their own.</summary>
    public const string Minimal = """
        name: テスト計画
        testset: items.jsonl
        providers:
          - id: p1
            name: 方式1
            method: cloud
            adapter: manual

        """;

    private readonly TempFolder folder = new();

    public PlanFolder()
    {
        folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid()));
        folder.Write("knowledge/手続/住民票.md", "# 手数料\n300円\n");
    }

    public string Root => folder.Path;

    public string Write(string yaml, string name = "plan.yaml") => folder.Write(name, yaml);

    public string File(string relativePath) => folder.File(relativePath);

    public EvalPlan Load(string yaml) => PlanLoader.Load(Write(yaml));

    public IReadOnlyList<InputError> Errors(string yaml)
    {
        string path = Write(yaml);
        var exception = Assert.Throws<InputException>(() => PlanLoader.Load(path));
        Assert.All(exception.Errors, error => Assert.Equal(path, error.File));
        return exception.Errors;
    }

    /// <summary>Loads <paramref name="yaml"/>, expects exactly one error and checks where it is.</summary>
    public InputError SingleError(string yaml, int line, string field, string messagePart)
    {
        InputError error = Assert.Single(Errors(yaml));
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        return error;
    }

    public void Dispose() => folder.Dispose();
}
