namespace GaiEval.Core.Sheets;

using CsvHelper;
using GaiEval.Core.Inputs;

/// <summary>
/// Steps through a sheet's records, knowing for each the physical line where it starts (what an editor and error
/// messages show) and its row in Excel, where a cell spanning several lines is still one row.
/// </summary>
internal sealed class SheetRecords(CsvParser parser) : IDisposable
{
    private int breaksBefore;
    private int breaksInside;

    public string[] Cells { get; private set; } = [];

    /// <summary>1-based physical line where the record starts.</summary>
    public int Line { get; private set; }

    /// <summary>1-based row of the record in Excel.</summary>
    public int ExcelRow => Line - breaksBefore;

    public bool Next()
    {
        breaksBefore += breaksInside;
        if (!parser.Read())
        {
            return false;
        }

        Cells = parser.Record ?? [];
        breaksInside = CsvRecordLines.LineBreaksInside(parser.RawRecord);
        Line = parser.RawRow - breaksInside;
        return true;
    }

    public void Dispose() => parser.Dispose();
}
