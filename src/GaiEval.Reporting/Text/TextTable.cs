namespace GaiEval.Reporting.Text;

using System.Text;

/// <summary>A plain-text table for the terminal, aligned by display width; columns marked numeric are right-aligned.</summary>
public sealed class TextTable(IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned)
{
    private readonly List<IReadOnlyList<string>> rows = [];

    public void Add(IReadOnlyList<string> row) => rows.Add(row);

    public override string ToString()
    {
        int[] widths = [.. headers.Select((h, i) => Math.Max(DisplayWidth.Of(h), rows.Select(r => DisplayWidth.Of(r[i])).DefaultIfEmpty(0).Max()))];
        var text = new StringBuilder();
        Append(text, headers, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (IReadOnlyList<string> row in rows)
        {
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private void Append(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine(string.Join("  ", cells.Select((c, i) =>
            rightAligned[i] ? DisplayWidth.PadLeft(c, widths[i]) : DisplayWidth.PadRight(c, widths[i]))).TrimEnd());
}
