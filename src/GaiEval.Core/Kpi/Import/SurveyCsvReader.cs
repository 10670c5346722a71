namespace GaiEval.Core.Kpi.Import;

/// <summary>Reads a staff survey export (canonical headers, or any layout through a mapping) into <see cref="SurveyResponse"/>s.</summary>
public sealed class SurveyCsvReader(StaffKeyHasher hasher, KpiMapping? mapping = null)
{
    public KpiReading<SurveyResponse> Read(string path) => KpiCsv.Read(path, KpiKind.Survey, mapping, hasher, row => new SurveyResponse
    {
        Wave = row.Text("wave") ?? string.Empty,
        Respondent = row.StaffKey("respondent") ?? string.Empty,
        Department = row.Text("department"),
        Used = row.Flag("used"),
        Satisfaction = row.Score("satisfaction"),
        ContinueIntent = row.Score("continue_intent"),
        Recommend = row.Score("recommend"),
        UsesPerWeek = row.Band("uses_per_week"),
        MinutesSavedPerUse = row.Band("minutes_saved_per_use"),
        Uses = row.Uses("uses"),
        Comment = row.Verbatim("comment"),
        Line = row.Line,
    });
}
