using System.Text.Json;
using GaiEval.Core.Kpi;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>kpi_survey_responses</c>.</summary>
internal sealed record KpiSurveyRow
{
    public const string SelectColumns =
        "line AS Line, wave AS Wave, respondent AS Respondent, department AS Department, used AS Used, satisfaction AS Satisfaction, " +
        "continue_intent AS ContinueIntent, recommend AS Recommend, uses_per_week_low AS UsesPerWeekLow, uses_per_week_high AS UsesPerWeekHigh, " +
        "uses_per_week_label AS UsesPerWeekLabel, minutes_saved_low AS MinutesSavedLow, minutes_saved_high AS MinutesSavedHigh, " +
        "minutes_saved_label AS MinutesSavedLabel, uses AS Uses, comment AS Comment";

    public static readonly IReadOnlyList<string> Columns =
    [
        "line", "wave", "respondent", "department", "used", "satisfaction", "continue_intent", "recommend",
        "uses_per_week_low", "uses_per_week_high", "uses_per_week_label", "minutes_saved_low", "minutes_saved_high", "minutes_saved_label",
        "uses", "comment",
    ];

    public required long Line { get; init; }

    public required string Wave { get; init; }

    public required string Respondent { get; init; }

    public string? Department { get; init; }

    public long? Used { get; init; }

    public long? Satisfaction { get; init; }

    public long? ContinueIntent { get; init; }

    public long? Recommend { get; init; }

    public double? UsesPerWeekLow { get; init; }

    public double? UsesPerWeekHigh { get; init; }

    public string? UsesPerWeekLabel { get; init; }

    public double? MinutesSavedLow { get; init; }

    public double? MinutesSavedHigh { get; init; }

    public string? MinutesSavedLabel { get; init; }

    public required string Uses { get; init; }

    public string? Comment { get; init; }

    public static object?[] Values(SurveyResponse response) =>
    [
        response.Line, response.Wave, response.Respondent, response.Department, response.Used is { } used ? (used ? 1 : 0) : null,
        response.Satisfaction, response.ContinueIntent, response.Recommend,
        response.UsesPerWeek?.Low, response.UsesPerWeek?.High, response.UsesPerWeek?.Label,
        response.MinutesSavedPerUse?.Low, response.MinutesSavedPerUse?.High, response.MinutesSavedPerUse?.Label,
        JsonSerializer.Serialize(response.Uses, StorageJsonContext.Default.IReadOnlyListString), response.Comment,
    ];

    public SurveyResponse ToRecord() => new()
    {
        Line = (int)Line,
        Wave = Wave,
        Respondent = Respondent,
        Department = Department,
        Used = Used is { } used ? used != 0 : null,
        Satisfaction = (int?)Satisfaction,
        ContinueIntent = (int?)ContinueIntent,
        Recommend = (int?)Recommend,
        UsesPerWeek = BandOf(UsesPerWeekLow, UsesPerWeekHigh, UsesPerWeekLabel),
        MinutesSavedPerUse = BandOf(MinutesSavedLow, MinutesSavedHigh, MinutesSavedLabel),
        Uses = JsonSerializer.Deserialize(Uses, StorageJsonContext.Default.StringArray) ?? [],
        Comment = Comment,
    };

    private static Band? BandOf(double? low, double? high, string? label) =>
        low is { } lower && label is not null ? new Band(lower, high, label) : null;
}
