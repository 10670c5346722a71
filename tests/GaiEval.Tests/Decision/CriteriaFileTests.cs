namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Tests.Support;

/// <summary>A criteria file for <c>gaieval gate --criteria</c>: the plan's criteria format, read by the plan's reader.</summary>
public sealed class CriteriaFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_a_file_holding_only_criteria()
    {
        string path = folder.Write("criteria.yaml", """
            criteria:
              - { metric: accuracy, op: ">=", value: 0.9, why: 第2回は基準を上げる }
              - metric: latency_p95_s
                op: "<="
                value: 5
                required: false
                scope: "use:対話生成"
            """);

        IReadOnlyList<Criterion> criteria = CriteriaFile.Load(path);

        Assert.Equal(
            [
                new Criterion { Metric = "accuracy", Op = ">=", Value = 0.9, Why = "第2回は基準を上げる" },
                new Criterion { Metric = "latency_p95_s", Op = "<=", Value = 5, Required = false, Scope = "use:対話生成" },
            ],
            criteria);
    }

    [Fact]
    public void Reads_the_criteria_of_a_whole_plan_without_checking_its_other_parts()
    {
        string path = folder.Write("plan.yaml", """
            name: 第2回
            testset: missing.jsonl
            providers: []
            criteria:
              - { metric: refusal_accuracy, op: ">=", value: 0.95 }
            """);

        Criterion criterion = Assert.Single(CriteriaFile.Load(path));

        Assert.Equal("refusal_accuracy", criterion.Metric);
    }

    [Fact]
    public void Reports_every_error_with_its_line()
    {
        string path = folder.Write("criteria.yaml", """
            criteria:
              - { metric: accuracy, op: ">=", value: 0.9 }
              - { metric: acuracy, op: ">=", value: 0.9 }
              - { metric: error_rate, op: ">=", value: 0.05 }
            threshold: 3
            """);

        var exception = Assert.Throws<InputException>(() => CriteriaFile.Load(path));

        Assert.Equal(
            [(3, "criteria[1].metric"), (4, "criteria[2].op"), (5, "threshold")],
            exception.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(exception.Errors, e => Assert.Equal(path, e.File));
    }

    [Theory]
    [InlineData("name: 基準なし\n", 1, "criteria がありません")]
    [InlineData("criteria: []\n", 1, "criteria が空です")]
    [InlineData("criteria: [1, 2\n", 2, "YAML の書き方")]
    [InlineData("- accuracy\n", 1, "「criteria:」の下に")]
    public void Rejects_a_file_without_usable_criteria(string yaml, int line, string expected)
    {
        string path = folder.Write("criteria.yaml", yaml);

        InputError error = Assert.Single(Assert.Throws<InputException>(() => CriteriaFile.Load(path)).Errors);

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_file()
    {
        string path = folder.File("nowhere.yaml");

        InputError error = Assert.Single(Assert.Throws<InputException>(() => CriteriaFile.Load(path)).Errors);

        Assert.Equal((path, 0, "file"), (error.File, error.Line, error.Field));
    }
}
