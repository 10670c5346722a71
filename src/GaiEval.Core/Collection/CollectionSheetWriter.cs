namespace GaiEval.Core.Collection;

using GaiEval.Core.Sheets;

/// <summary>Writes a collection sheet: CSV in UTF-8 with a BOM (so Excel opens it as UTF-8), answer columns left empty.</summary>
public static class CollectionSheetWriter
{
    /// <param name="path">The sheet file; its folder is created.</param>
    /// <param name="rows">One row per item the provider may receive.</param>
    /// <param name="textCell">
    /// Applied to every text cell before it is written: the caller passes the CSV formula guard of the reports
    /// (GaiEval.Reporting.Csv.CsvFormulaGuard), which Core cannot reference.
    /// </param>
    public static async Task WriteAsync(
        string path, IEnumerable<CollectionSheetRow> rows, Func<string?, string?> textCell, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(textCell);
        IEnumerable<IEnumerable<string?>> records = rows.Select(row =>
            new[] { row.ItemId, row.Category, row.Use, row.TextToPaste }.Select(textCell)
                .Concat(Enumerable.Repeat(string.Empty, CollectionSheet.StaffColumns.Count + CollectionSheet.OptionalColumns.Count)));
        await CsvSheetWriter.WriteAsync(path, CollectionSheet.Columns, records, cancellationToken).ConfigureAwait(false);
    }
}
