namespace GaiEval.Core.Review;

using GaiEval.Core.Sheets;

/// <summary>Writes a review sheet: CSV in UTF-8 with a BOM (so Excel opens it as UTF-8).</summary>
public static class ReviewSheetWriter
{
    /// <param name="path">The sheet file; its folder is created.</param>
    /// <param name="rows">One row per answer to review.</param>
    /// <param name="textCell">
    /// Applied to every cell before it is written: the caller passes the CSV formula guard of the reports
    /// (GaiEval.Reporting.Csv.CsvFormulaGuard), which Core cannot reference. The import reads guarded cells back as they were.
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(
        string path, IEnumerable<ReviewSheetRow> rows, Func<string?, string?> textCell, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(textCell);
        await CsvSheetWriter.WriteAsync(path, ReviewSheet.Columns, rows.Select(row => row.Cells.Select(textCell)), cancellationToken)
            .ConfigureAwait(false);
    }
}
