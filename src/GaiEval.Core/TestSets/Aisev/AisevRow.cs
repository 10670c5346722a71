namespace GaiEval.Core.TestSets.Aisev;

/// <summary>One data row of an aisev CSV: its cells by column name, trimmed; a missing cell reads as empty.</summary>
internal sealed class AisevRow(int line, string[] cells, IReadOnlyDictionary<string, int> columns)
{
    public int Line => line;

    public string Cell(string column) =>
        columns.TryGetValue(column, out int index) && index < cells.Length ? cells[index].Trim() : string.Empty;
}
