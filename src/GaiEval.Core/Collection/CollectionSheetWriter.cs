namespace GaiEval.Core.Collection;

using System.Globalization;
using System.Text;
using CsvHelper;

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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using (stream.ConfigureAwait(false))
        {
            var csv = new CsvWriter(stream, CultureInfo.InvariantCulture);
            await using (csv.ConfigureAwait(false))
            {
                foreach (string column in CollectionSheet.Columns)
                {
                    csv.WriteField(column);
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                foreach (CollectionSheetRow row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (string cell in new[] { row.ItemId, row.Category, row.Use, row.TextToPaste })
                    {
                        csv.WriteField(textCell(cell));
                    }

                    foreach (string _ in CollectionSheet.StaffColumns)
                    {
                        csv.WriteField(string.Empty);
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
