namespace GaiEval.Tests.Collection;

using GaiEval.Tests.Support;

/// <summary>A collection sheet as staff edit it: rows by item, the staff columns filled in.</summary>
public static class CollectionSheetTable
{
    public static string Cell(this SheetTable sheet, string itemId, string column) => sheet.ItemRow(itemId)[sheet.Column(column)];

    /// <summary>Fills the staff columns of an item's row.</summary>
    public static SheetTable Fill(this SheetTable sheet, string itemId, string answer, string seconds, string collector, string date)
    {
        string[] row = sheet.ItemRow(itemId);
        row[sheet.Column("回答")] = answer;
        row[sheet.Column("所要秒数")] = seconds;
        row[sheet.Column("収集者")] = collector;
        row[sheet.Column("収集日")] = date;
        return sheet;
    }

    public static SheetTable Remove(this SheetTable sheet, string itemId)
    {
        sheet.Rows.Remove(sheet.ItemRow(itemId));
        return sheet;
    }

    private static string[] ItemRow(this SheetTable sheet, string itemId) => sheet.Row(("項目ID", itemId));
}
