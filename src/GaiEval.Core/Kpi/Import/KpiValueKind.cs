namespace GaiEval.Core.Kpi.Import;

/// <summary>How a canonical field's cells are read, and what a <c>values:</c> entry may map a label to.</summary>
internal enum KpiValueKind
{
    /// <summary>Free text, kept as written; <c>values:</c> may rename labels.</summary>
    Text,

    /// <summary>A staff key, hashed at once; no <c>values:</c>.</summary>
    StaffKey,

    /// <summary>Yes or no.</summary>
    Flag,

    /// <summary>An integer on a scale (1–5, 0–10).</summary>
    Score,

    /// <summary>A number or a band of numbers.</summary>
    Band,

    /// <summary>One of the seven uses.</summary>
    Use,

    /// <summary>Several of the seven uses, in one cell.</summary>
    Uses,

    Feedback,

    /// <summary>Where a request came from: harness or user.</summary>
    Source,

    /// <summary>A non-negative integer (tokens); no <c>values:</c>.</summary>
    Count,

    /// <summary>A non-negative number of minutes; no <c>values:</c>.</summary>
    Minutes,

    Timestamp,

    Date,
}
