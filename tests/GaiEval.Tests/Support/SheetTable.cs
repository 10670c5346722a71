namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text;
using CsvHelper;

/// <summary>An exported sheet as staff edit it: cells by heading, saved back as Excel would (CRLF, any encoding).</summary>
public sealed class SheetTable
{
    static SheetTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SheetTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static Encoding Utf8WithoutBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding ShiftJis => Encoding.GetEncoding(932);

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static SheetTable Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        Assert.True(parser.Read(), $"{path} has no header");
        string[] header = parser.Record!;
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return new SheetTable(header, rows);
    }

    public static SheetTable Create(params string[] header) => new(header, []);

    public string Cell(int row, string column) => Rows[row][Column(column)];

    /// <summary>The one row whose cells under the given headings hold the given values.</summary>
    public string[] Row(params (string Column, string Value)[] key) =>
        Rows.Single(row => key.All(cell => row[Column(cell.Column)] == cell.Value));

    /// <summary>Adds a row with the given cells by heading (other cells empty).</summary>
    public SheetTable Add(params (string Column, string Value)[] cells)
    {
        string[] row = [.. Enumerable.Repeat(string.Empty, Header.Length)];
        foreach ((string column, string value) in cells)
        {
            row[Column(column)] = value;
        }

        Rows.Add(row);
        return this;
    }

    public SheetTable WithoutColumn(string column)
    {
        int index = Column(column);
        return new SheetTable([.. Header.Where((_, i) => i != index)], [.. Rows.Select(r => r.Where((_, i) => i != index).ToArray())]);
    }

    public string Save(string path, Encoding encoding) => Save(path, encoding, ",");

    /// <summary>Saves as Excel's 「Unicode テキスト」 does: tab-separated UTF-16 LE with a byte-order mark.</summary>
    public string SaveAsUnicodeText(string path) => Save(path, Encoding.Unicode, "\t");

    private string Save(string path, Encoding encoding, string delimiter)
    {
        using (var writer = new StreamWriter(path, append: false, encoding))
        using (var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter }))
        {
            foreach (string[] record in Rows.Prepend(Header))
            {
                foreach (string cell in record)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return path;
    }

    public int Column(string column)
    {
        int index = Array.IndexOf(Header, column);
        Assert.True(index >= 0, $"the sheet has no column {column}");
        return index;
    }
}
