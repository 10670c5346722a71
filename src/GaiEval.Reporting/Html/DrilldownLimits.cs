namespace GaiEval.Reporting.Html;

/// <summary>
/// How much of the drill-down report.html carries before the items move to companion pages (items/items-001.html …), so
/// that report.html stays under <see cref="ReportBoundBytes"/> whatever the run's size.
/// </summary>
internal static class DrilldownLimits
{
    /// <summary>At most this many item cards in report.html; a run with more items gets companion pages.</summary>
    public const int MaxCards = 500;

    /// <summary>
    /// Of <see cref="MaxCards"/>, this many are kept for the items whose answers are all decided and right (when there are
    /// that many), so that a run with many failures still shows what its right answers look like.
    /// </summary>
    public const int OthersReserved = 100;

    /// <summary>The cards of report.html stop before their UTF-8 size passes this, however many of <see cref="MaxCards"/> that is.</summary>
    public const int CardBudgetBytes = 6_000_000;

    /// <summary>What report.html promises: the cards' budget and everything else, whose size does not grow with the items.</summary>
    public const int ReportBoundBytes = 10_000_000;

    /// <summary>Items per companion page, in test-set order.</summary>
    public const int ItemsPerPage = 250;

    /// <summary>In report.html's cards (when the items have companion pages) an answer or an item's text is cut after this many characters.</summary>
    public const int ReportTextChars = 2_000;

    /// <summary>On a companion page an answer or an item's text is cut after this many characters; results.csv has every answer whole.</summary>
    public const int PageTextChars = 20_000;
}
