namespace GaiEval.Core.Kpi.Import;

/// <summary>Reads a staff survey export (canonical headers, or any layout through a mapping) into <see cref="SurveyResponse"/>s.</summary>
public sealed class SurveyCsvReader(StaffKeyHasher hasher, KpiMapping? mapping = null)
{
    public KpiReading<SurveyResponse> Read(string path) => new(path, reading => Records(path, reading));

    private IEnumerable<SurveyResponse> Records(string path, KpiReading<SurveyResponse> reading)
    {
        foreach (KpiRow row in KpiCsv.Rows(path, KpiKind.Survey, mapping, hasher, reading.Add))
        {
            var response = new SurveyResponse
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
            };
            if (!row.Failed)
            {
                yield return response;
            }
        }
    }
}
