namespace GaiEval.Core.Kpi.Import;

/// <summary>The canonical fields of each KPI input, in the order the issue lists them.</summary>
internal static class KpiFields
{
    public static IReadOnlyList<KpiField> Survey { get; } =
    [
        new("wave", KpiValueKind.Text, Required: true),
        new("respondent", KpiValueKind.StaffKey, Required: true),
        new("department", KpiValueKind.Text),
        new("used", KpiValueKind.Flag),
        new("satisfaction", KpiValueKind.Score, Minimum: 1, Maximum: 5),
        new("continue_intent", KpiValueKind.Score, Minimum: 1, Maximum: 5),
        new("recommend", KpiValueKind.Score, Minimum: 0, Maximum: 10),
        new("uses_per_week", KpiValueKind.Band),
        new("minutes_saved_per_use", KpiValueKind.Band),
        new("uses", KpiValueKind.Uses),
        new("comment", KpiValueKind.Text),
    ];

    public static IReadOnlyList<KpiField> Usage { get; } =
    [
        new("timestamp", KpiValueKind.Timestamp, Required: true),
        new("user", KpiValueKind.StaffKey, Required: true),
        new("department", KpiValueKind.Text),
        new("input_tokens", KpiValueKind.Count),
        new("output_tokens", KpiValueKind.Count),
        new("model", KpiValueKind.Text),
        new("use", KpiValueKind.Use),
        new("feedback", KpiValueKind.Feedback),
        new("source", KpiValueKind.Source),
    ];

    public static IReadOnlyList<KpiField> Timing { get; } =
    [
        new("task", KpiValueKind.Text, Required: true),
        new("category", KpiValueKind.Text, Required: true),
        new("use", KpiValueKind.Use),
        new("staff", KpiValueKind.StaffKey, Required: true),
        new("minutes_without", KpiValueKind.Minutes, Required: true),
        new("minutes_with", KpiValueKind.Minutes, Required: true),
        new("date", KpiValueKind.Date),
    ];

    public static IReadOnlyList<KpiField> For(KpiKind kind) => kind switch
    {
        KpiKind.Survey => Survey,
        KpiKind.Usage => Usage,
        _ => Timing,
    };

    public static string Name(KpiKind kind) => kind switch
    {
        KpiKind.Survey => "survey",
        KpiKind.Usage => "usage",
        _ => "timing",
    };

    public static KpiKind? Parse(string name) => name switch
    {
        "survey" => KpiKind.Survey,
        "usage" => KpiKind.Usage,
        "timing" => KpiKind.Timing,
        _ => null,
    };
}
