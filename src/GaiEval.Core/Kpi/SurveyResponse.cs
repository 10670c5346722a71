namespace GaiEval.Core.Kpi;

/// <summary>One respondent's answers in one survey wave, as imported (the staff key already pseudonymised).</summary>
public sealed record SurveyResponse
{
    /// <summary>The wave as written in the export, e.g. 2026-10.</summary>
    public required string Wave { get; init; }

    /// <summary>The keyed hash of the respondent's staff key; the raw key is never kept.</summary>
    public required string Respondent { get; init; }

    public string? Department { get; init; }

    /// <summary>Whether the respondent used the service in the period; null when blank.</summary>
    public bool? Used { get; init; }

    /// <summary>1–5; null when blank.</summary>
    public int? Satisfaction { get; init; }

    /// <summary>1–5; null when blank or not asked.</summary>
    public int? ContinueIntent { get; init; }

    /// <summary>0–10 (for NPS); null when blank or not asked.</summary>
    public int? Recommend { get; init; }

    public Band? UsesPerWeek { get; init; }

    public Band? MinutesSavedPerUse { get; init; }

    /// <summary>Which of the seven uses (ItemUses) the respondent chose.</summary>
    public IReadOnlyList<string> Uses { get; init; } = [];

    public string? Comment { get; init; }

    /// <summary>The 1-based line of the row in its file.</summary>
    public int Line { get; init; }
}
