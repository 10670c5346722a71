namespace GaiEval.Storage.Copy;

/// <summary>How each table of a run is read for a copy: its rows of the run, in the order they were written.</summary>
internal sealed record RunRowTable(string Table, string OrderBy, string? GeneratedKey = null)
{
    /// <summary>The run's tables, parents first (the order their rows must be inserted in).</summary>
    public static IReadOnlyList<RunRowTable> All { get; } =
    [
        new("runs", "run_id"),
        new("items", "ordinal"),
        // The generated keys keep the order the rows were written in (the scores of one answer are read back in it).
        new("responses", "response_id", "response_id"),
        new("scores", "score_id", "score_id"),
        new("human_grades", "item_id, provider_id, repeat"),
    ];

    /// <summary>The records' table of each KPI kind, by the kind's text in kpi_imports.</summary>
    public static string KpiRecordsTable(string kind) => kind switch
    {
        "survey" => "kpi_survey_responses",
        "usage" => "kpi_usage_events",
        "timing" => "kpi_task_timings",
        _ => throw new InvalidOperationException($"Unknown KPI kind '{kind}'."),
    };
}
