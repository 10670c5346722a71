namespace GaiEval.Gate;

using System.Text;
using GaiEval.Cli.Commands;
using GaiEval.Core.Decision;

/// <summary>
/// One test result of the gate: a criterion of a candidate provider, or the one result that says the gate is not configured,
/// has no candidate, or could not judge. <see cref="Failure"/> is null when the result passes.
/// </summary>
public sealed class GateCase
{
    private readonly string label;

    private GateCase(string label, string explanation, string? failure)
    {
        this.label = label;
        Explanation = explanation;
        Failure = failure;
    }

    /// <summary>What the test writes to its output: the verdict and its reason, or what to configure.</summary>
    public string Explanation { get; }

    public string? Failure { get; }

    public static GateCase NotConfigured() => new(
        "未設定（判定していません）",
        $"""
        ゲートは未設定のため、判定していません（このテストは成功扱いです）。
        判定するには eval.runsettings で {GateSettings.PlanVariable}（実行して判定する計画）か、{GateSettings.RunIdVariable} と
        {GateSettings.DatabaseVariable}（保存済みの実行）を設定し、次のように実行します:
          dotnet test tests/GaiEval.Gate --settings eval.runsettings --logger "console;verbosity=detailed"
        """,
        null);

    public static GateCase Broken(string message) =>
        new("設定の誤り（判定できません）", message, $"ゲートを設定どおりに実行できませんでした。{Environment.NewLine}{message}");

    /// <summary>One failing result when the plan marks no provider as a candidate: a gate with nothing to judge is not a pass.</summary>
    public static GateCase NoCandidates(GateDecision decision, string database) =>
        new("候補なし（判定できません）", $"{Source(decision, database)}{GateTable.Render(decision)}", GateDecision.NoCandidateMessage);

    /// <summary>A required criterion passes only on PASS; an advisory one always passes, its verdict shown in the output.</summary>
    public static GateCase Of(GateDecision decision, string database, ProviderVerdict provider, CriterionVerdict criterion)
    {
        var explanation = new StringBuilder(Source(decision, database));
        foreach (string warning in decision.Warnings)
        {
            explanation.AppendLine($"警告: {warning}");
        }

        string requirement = VerdictNames.Requirement(criterion.Criterion.Required);
        explanation.AppendLine($"{VerdictNames.Of(criterion.Outcome)}（{VerdictNames.Japanese(criterion.Outcome)}、{requirement}）: {criterion.Reason}");
        explanation.AppendLine($"{provider.Provider.Name} [{provider.Provider.Id}] の総合判定: {VerdictNames.Of(provider.Outcome)} — {provider.Reason}");
        bool holds = !criterion.Criterion.Required || criterion.Outcome == CriterionOutcome.Pass;
        string? failure = holds ? null : $"必須の基準が {VerdictNames.Of(criterion.Outcome)} です: {criterion.Reason}";
        return new GateCase($"{provider.Provider.Id}: {CriterionText.Statement(criterion.Criterion)}（{requirement}）", explanation.ToString(), failure);
    }

    /// <summary>The results of a judged run: every criterion of every candidate provider.</summary>
    public static IReadOnlyList<GateCase> For(GateDecision decision, string database) =>
        decision.Candidates.Count == 0
            ? [NoCandidates(decision, database)]
            : [.. decision.Candidates.SelectMany(p => p.Criteria.Select(c => Of(decision, database, p, c)))];

    public override string ToString() => label;

    private static string Source(GateDecision decision, string database) =>
        $"判定した実行: {decision.Run.RunId}（gaieval gate {decision.Run.RunId} --db {database} で同じ判定を表示できます）{Environment.NewLine}";
}
