namespace GaiEval.Tests.Review;

using System.Globalization;
using System.Text;
using CsvHelper;

/// <summary>A review sheet as a reviewer edits it: cells by heading, rows by answer, saved back as Excel would (any encoding).</summary>
public sealed class ReviewSheetTable
{
    private ReviewSheetTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static Encoding Utf8WithoutBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static ReviewSheetTable Load(string path)
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

        return new ReviewSheetTable(header, rows);
    }

    public string Cell(int row, string column) => Rows[row][Column(column)];

    public string Cell(string itemId, string providerId, string column, int repeat = 1) => Row(itemId, providerId, repeat)[Column(column)];

    /// <summary>The (item, provider, repeat, reason) of every row, in sheet order.</summary>
    public IEnumerable<(string Item, string Provider, string Repeat, string Reason)> Answers =>
        Rows.Select(r => (r[Column("項目ID")], r[Column("提供先")], r[Column("反復")], r[Column("選定理由")]));

    /// <summary>Fills the reviewer's columns of an answer's row.</summary>
    public ReviewSheetTable Grade(string itemId, string providerId, string grade, string comment = "", string reviewer = "山田", int repeat = 1)
    {
        string[] row = Row(itemId, providerId, repeat);
        row[Column("判定（正答/部分/誤答）")] = grade;
        row[Column("コメント")] = comment;
        row[Column("採点者")] = reviewer;
        return this;
    }

    public ReviewSheetTable GradeAll(string grade, string reviewer = "山田")
    {
        foreach (string[] row in Rows)
        {
            row[Column("判定（正答/部分/誤答）")] = grade;
            row[Column("採点者")] = reviewer;
        }

        return this;
    }

    /// <summary>Adds a row with the given cells by heading (other cells empty).</summary>
    public ReviewSheetTable Add(params (string Column, string Value)[] cells)
    {
        string[] row = [.. Enumerable.Repeat(string.Empty, Header.Length)];
        foreach ((string column, string value) in cells)
        {
            row[Column(column)] = value;
        }

        Rows.Add(row);
        return this;
    }

    public ReviewSheetTable WithoutColumn(string column)
    {
        int index = Column(column);
        return new ReviewSheetTable([.. Header.Where((_, i) => i != index)], [.. Rows.Select(r => r.Where((_, i) => i != index).ToArray())]);
    }

    public string Save(string path, Encoding encoding)
    {
        using (var writer = new StreamWriter(path, append: false, encoding))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
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

    private string[] Row(string itemId, string providerId, int repeat) =>
        Rows.Single(r => r[Column("項目ID")] == itemId && r[Column("提供先")] == providerId && r[Column("反復")] == repeat.ToString(CultureInfo.InvariantCulture));

    private int Column(string column)
    {
        int index = Array.IndexOf(Header, column);
        Assert.True(index >= 0, $"the sheet has no column {column}");
        return index;
    }
}
