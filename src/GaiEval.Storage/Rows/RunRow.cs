using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>runs</c>.</summary>
internal sealed record RunRow
{
    public const string SelectColumns =
        "run_id AS RunId, plan_name AS PlanName, plan_file AS PlanFile, plan_json AS PlanJson, test_set_path AS TestSetPath, " +
        "test_set_hash AS TestSetHash, item_count AS ItemCount, repeats AS Repeats, tool_version AS ToolVersion, " +
        "criteria_json AS CriteriaJson, criteria_hash AS CriteriaHash, knowledge_hash AS KnowledgeHash, status AS Status, failure AS Failure, " +
        "started_at AS StartedAt, finished_at AS FinishedAt";

    public required string RunId { get; init; }

    public required string PlanName { get; init; }

    public required string PlanFile { get; init; }

    public required string PlanJson { get; init; }

    public required string TestSetPath { get; init; }

    public required string TestSetHash { get; init; }

    public required int ItemCount { get; init; }

    public required int Repeats { get; init; }

    public required string ToolVersion { get; init; }

    public required string CriteriaJson { get; init; }

    public required string CriteriaHash { get; init; }

    public string? KnowledgeHash { get; init; }

    public required string Status { get; init; }

    public string? Failure { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public static RunRow From(RunInfo run) => new()
    {
        RunId = run.RunId,
        PlanName = run.PlanName,
        PlanFile = run.PlanFile,
        PlanJson = run.PlanJson,
        TestSetPath = run.TestSetPath,
        TestSetHash = run.TestSetHash,
        ItemCount = run.ItemCount,
        Repeats = run.Repeats,
        ToolVersion = run.ToolVersion,
        CriteriaJson = run.CriteriaJson,
        CriteriaHash = run.CriteriaHash,
        KnowledgeHash = run.KnowledgeHash,
        Status = EnumText<RunStatus>.Format(run.Status),
        Failure = run.Failure,
        StartedAt = run.StartedAt,
        FinishedAt = run.FinishedAt,
    };

    public RunInfo ToRunInfo() => new()
    {
        RunId = RunId,
        PlanName = PlanName,
        PlanFile = PlanFile,
        PlanJson = PlanJson,
        TestSetPath = TestSetPath,
        TestSetHash = TestSetHash,
        ItemCount = ItemCount,
        Repeats = Repeats,
        ToolVersion = ToolVersion,
        CriteriaJson = CriteriaJson,
        CriteriaHash = CriteriaHash,
        KnowledgeHash = KnowledgeHash,
        Status = EnumText<RunStatus>.Parse(Status),
        Failure = Failure,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
    };
}
