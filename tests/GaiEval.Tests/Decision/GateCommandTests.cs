namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Cli.Commands;
using GaiEval.Core.Analysis;
using GaiEval.Tests.Support;

/// <summary><c>gaieval gate</c> through the real CLI: exit 0 when every candidate is GO, 1 on any NO-GO, 3 on 要追加検証, 2 on bad input.</summary>
public sealed class GateCommandTests(GateScenario scenario) : IClassFixture<GateScenario>
{
    [Fact]
    public async Task Exits_0_when_every_candidate_is_go_under_the_run_s_own_criteria()
    {
        using CliProcess gate = await scenario.GateAsync(scenario.CandidatesRunId);

        Assert.True(gate.ExitCode == 0, gate.Output + gate.Error);
        Assert.Contains("判定基準: 実行開始時に固定された基準 1 件", gate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("警告", gate.Output, StringComparison.Ordinal);
        Assert.Contains("正答率 0.750 [0.598, 0.858] ≥ 0.5: 区間全体が基準を満たす", gate.Output, StringComparison.Ordinal);
        Assert.Contains("正答率 1.000 [0.886, 1.000] ≥ 0.5: 区間全体が基準を満たす", gate.Output, StringComparison.Ordinal);
        Assert.Contains("候補 2 件すべて GO: open, strict（終了コード 0）", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_1_when_a_candidate_is_no_go_even_if_another_is_only_inconclusive()
    {
        string criteria = scenario.Criteria("strict.yaml", "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.9 }\n");

        using CliProcess gate = await scenario.GateAsync(scenario.CandidatesRunId, "--criteria", criteria);

        Assert.True(gate.ExitCode == 1, gate.Output + gate.Error);
        Assert.Contains("正答率 0.750 [0.598, 0.858] ≥ 0.9: 区間全体が基準を満たさない", gate.Output, StringComparison.Ordinal);
        Assert.Contains("総合判定: NO-GO — 必須の基準を満たさない: 正答率 ≥ 0.9（FAIL）", gate.Output, StringComparison.Ordinal);
        Assert.Contains("総合判定: 要追加検証", gate.Output, StringComparison.Ordinal);
        Assert.Contains("NO-GO の候補があります: open（終了コード 1）", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_3_when_a_candidate_is_inconclusive_and_none_is_no_go_with_the_sample_size_that_would_settle_it()
    {
        string criteria = scenario.Criteria("target.yaml", "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.85 }\n");

        using CliProcess gate = await scenario.GateAsync(scenario.CandidatesRunId, "--criteria", criteria);

        int? settles = SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(30, 40)), 0.85);
        Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
        Assert.InRange(settles!.Value, 41, 200);
        Assert.Contains($"正答率 0.750 [0.598, 0.858] ≥ 0.85: 区間が基準値をまたぐため未確定（観測値のままなら n = {settles} で確定する見込み）", gate.Output, StringComparison.Ordinal);
        Assert.Contains("正答率 1.000 [0.886, 1.000] ≥ 0.85: 区間全体が基準を満たす", gate.Output, StringComparison.Ordinal);
        Assert.Contains("要追加検証の候補があります: open（終了コード 3）", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_criteria_that_differ_from_those_fixed_when_the_run_started()
    {
        string criteria = scenario.Criteria("same-threshold.yaml", "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.5 }\n");

        using CliProcess gate = await scenario.GateAsync(scenario.CandidatesRunId, "--criteria", criteria);

        Assert.True(gate.ExitCode == 0, gate.Output + gate.Error);
        Assert.Contains("判定基準: 実行開始時とは異なる基準 1 件", gate.Output, StringComparison.Ordinal);
        Assert.Contains("警告: 判定基準が実行開始時に固定されたものと異なります", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_candidates_exits_3_saying_there_is_nothing_to_judge_and_shows_the_others_as_reference()
    {
        string criteria = scenario.Criteria("any.yaml", "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.9 }\n");

        using CliProcess gate = await scenario.GateAsync(scenario.BaselinesRunId, "--criteria", criteria);

        Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
        Assert.Contains("[open] 候補外（参考）", gate.Output, StringComparison.Ordinal);
        Assert.Contains("参考（判定の対象外）: 満たさない必須の基準がある — ", gate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("総合判定: NO-GO", gate.Output, StringComparison.Ordinal);
        Assert.Contains("判定対象の候補（candidate: true）がありません。判定したい提供先に計画で「candidate: true」を付けて", gate.Output, StringComparison.Ordinal);
        Assert.EndsWith("（終了コード 3）", gate.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_on_a_criteria_file_with_an_unknown_metric_naming_its_line()
    {
        string criteria = scenario.Criteria("typo.yaml", "criteria:\n  - { metric: acuracy, op: \">=\", value: 0.9 }\n");

        using CliProcess gate = await scenario.GateAsync(scenario.CandidatesRunId, "--criteria", criteria);

        Assert.Equal(2, gate.ExitCode);
        Assert.Contains($"{criteria}:2: criteria[0].metric: 判定に使えない指標です。「accuracy」のことですか？", gate.Error, StringComparison.Ordinal);
        Assert.Empty(gate.Output);
    }

    [Fact]
    public async Task Exits_2_on_a_run_that_is_not_in_the_database()
    {
        using CliProcess gate = await scenario.GateAsync("20990101-000000-0000");

        Assert.Equal(2, gate.ExitCode);
        Assert.Contains("実行ID 20990101-000000-0000 はこのデータベースにありません", gate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_on_a_run_whose_plan_has_no_criteria_when_none_are_given()
    {
        using CliProcess gate = await scenario.GateAsync(scenario.BaselinesRunId);

        Assert.Equal(2, gate.ExitCode);
        Assert.Contains("criteria: この実行の計画には判定基準（criteria）がありません。--criteria FILE", gate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_the_exit_codes_in_its_help()
    {
        using CliProcess help = await CliProcess.RunAsync(scenario.Folder.Path, "gate", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("終了コード: 0 候補（candidate: true）がすべて GO / 1 候補のいずれかが NO-GO / 2 入力の誤り / 3 NO-GO はないが要追加検証（未測定を含む）の候補がある、または候補が1つもない", help.Output, StringComparison.Ordinal);
        Assert.Contains("NOT MEASURED（未測定）", help.Output, StringComparison.Ordinal);
        Assert.Contains("--criteria <FILE>", help.Output, StringComparison.Ordinal);
    }
}
