namespace GaiEval.Tests.Review;

using System.Globalization;
using GaiEval.Tests.Support;

/// <summary>A review sheet as a reviewer edits it: rows by answer, the reviewer's columns filled in.</summary>
public static class ReviewSheetTable
{
    private const string GradeColumn = "判定（正答/部分/誤答）";

    public static string Cell(this SheetTable sheet, string itemId, string providerId, string column, int repeat = 1) =>
        sheet.AnswerRow(itemId, providerId, repeat)[sheet.Column(column)];

    /// <summary>The (item, provider, repeat, reason) of every row, in sheet order.</summary>
    public static IEnumerable<(string Item, string Provider, string Repeat, string Reason)> Answers(this SheetTable sheet) =>
        sheet.Rows.Select(r => (r[sheet.Column("項目ID")], r[sheet.Column("提供先")], r[sheet.Column("反復")], r[sheet.Column("選定理由")]));

    /// <summary>Fills the reviewer's columns of an answer's row.</summary>
    public static SheetTable Grade(
        this SheetTable sheet, string itemId, string providerId, string grade, string comment = "", string reviewer = "山田", int repeat = 1)
    {
        string[] row = sheet.AnswerRow(itemId, providerId, repeat);
        row[sheet.Column(GradeColumn)] = grade;
        row[sheet.Column("コメント")] = comment;
        row[sheet.Column("採点者")] = reviewer;
        return sheet;
    }

    public static SheetTable GradeAll(this SheetTable sheet, string grade, string reviewer = "山田")
    {
        foreach (string[] row in sheet.Rows)
        {
            row[sheet.Column(GradeColumn)] = grade;
            row[sheet.Column("採点者")] = reviewer;
        }

        return sheet;
    }

    private static string[] AnswerRow(this SheetTable sheet, string itemId, string providerId, int repeat) =>
        sheet.Row(("項目ID", itemId), ("提供先", providerId), ("反復", repeat.ToString(CultureInfo.InvariantCulture)));
}
