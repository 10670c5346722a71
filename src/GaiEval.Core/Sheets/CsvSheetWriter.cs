namespace GaiEval.Core.Sheets;

using System.Globalization;
using System.Text;
using CsvHelper;

/// <summary>Writes a sheet for Excel: CSV in UTF-8 with a BOM (so Excel opens it as UTF-8), the heading row, then the records.</summary>
internal static class CsvSheetWriter
{
    /// <param name="path">The sheet file; its folder is created.</param>
    /// <param name="headings">The heading row.</param>
    /// <param name="records">The records, cells as they are to be written.</param>
    /// <param name="cancellationToken">Cancels the write before the next record.</param>
    public static async Task WriteAsync(
        string path, IEnumerable<string> headings, IEnumerable<IEnumerable<string?>> records, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using (stream.ConfigureAwait(false))
        {
            var csv = new CsvWriter(stream, CultureInfo.InvariantCulture);
            await using (csv.ConfigureAwait(false))
            {
                foreach (string heading in headings)
                {
                    csv.WriteField(heading);
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                foreach (IEnumerable<string?> record in records)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (string? cell in record)
                    {
                        csv.WriteField(cell);
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
