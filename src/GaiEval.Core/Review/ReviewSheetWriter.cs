namespace GaiEval.Core.Review;

using System.Globalization;
using System.Text;
using CsvHelper;

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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using (stream.ConfigureAwait(false))
        {
            var csv = new CsvWriter(stream, CultureInfo.InvariantCulture);
            await using (csv.ConfigureAwait(false))
            {
                foreach (string column in ReviewSheet.Columns)
                {
                    csv.WriteField(column);
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                foreach (ReviewSheetRow row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (string cell in row.Cells)
                    {
                        csv.WriteField(textCell(cell));
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
