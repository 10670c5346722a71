namespace GaiEval.Core.Review;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Core.Sheets;

/// <summary>Turns the records of a review sheet into graded rows, reporting every bad cell with its line and answer.</summary>
internal sealed class ReviewedRowParser(IReadOnlyDictionary<string, int> columns, InputErrorCollector errors)
{
    private readonly Dictionary<(string ItemId, string ProviderId, int Repeat), int> firstLineOfResponse = [];

    public List<ReviewedRow> Rows { get; } = [];

    /// <summary>Rows without a grade yet.</summary>
    public int Ungraded { get; private set; }

    public void Parse(SheetRecords record)
    {
        string? Cell(string column) =>
            !columns.TryGetValue(column, out int index) ? null
            : index < record.Cells.Length ? CellText.Unguarded(record.Cells[index]).Trim()
            : string.Empty;

        if (record.Cells.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        string gradeCell = Cell(ReviewSheet.Grade) ?? string.Empty;
        if (gradeCell.Length == 0)
        {
            Ungraded++;
            return;
        }

        string? runId = Cell(ReviewSheet.RunId);
        string? itemId = Cell(ReviewSheet.ItemId);
        string? providerId = Cell(ReviewSheet.Provider);
        string? repeatCell = Cell(ReviewSheet.Repeat);
        string where = ReviewedRow.Describe(record.Line, record.ExcelRow, itemId ?? string.Empty, providerId ?? string.Empty, repeatCell ?? string.Empty);
        void Report(string field, string message) => errors.Add(record.Line, field, message + where);

        // A missing column was reported once on the heading line; only empty cells of present columns are reported here.
        foreach ((string column, string? cell) in new[] { (ReviewSheet.RunId, runId), (ReviewSheet.ItemId, itemId), (ReviewSheet.Provider, providerId), (ReviewSheet.Repeat, repeatCell) })
        {
            if (cell == string.Empty)
            {
                Report(column, $"{column}が空です。書き出したときの値を消さずに残してください");
            }
        }

        int? repeat = string.IsNullOrEmpty(repeatCell) ? null : Repeat(repeatCell, Report);
        HumanGrade? grade = Grade(gradeCell, Report);
        if (!string.IsNullOrEmpty(itemId) && !string.IsNullOrEmpty(providerId) && repeat is { } r)
        {
            CheckDuplicate((itemId, providerId, r), record.Line, Report);
        }

        string comment = Cell(ReviewSheet.Comment) ?? string.Empty;
        string reviewer = Cell(ReviewSheet.Reviewer) ?? string.Empty;
        Rows.Add(new ReviewedRow(
            record.Line,
            record.ExcelRow,
            runId ?? string.Empty,
            itemId ?? string.Empty,
            providerId ?? string.Empty,
            repeat,
            grade,
            comment.Length == 0 ? null : comment,
            reviewer.Length == 0 ? null : reviewer));
    }

    private void CheckDuplicate((string, string, int) response, int line, Action<string, string> report)
    {
        if (firstLineOfResponse.TryGetValue(response, out int firstLine))
        {
            report(ReviewSheet.ItemId, $"同じ回答の行が重複しています（最初は {firstLine} 行目）。1 つの回答につき 1 行にしてください");
        }
        else
        {
            firstLineOfResponse[response] = line;
        }
    }

    private static int? Repeat(string cell, Action<string, string> report)
    {
        if (int.TryParse(CellText.Normalized(cell), NumberStyles.None, CultureInfo.InvariantCulture, out int repeat) && repeat >= 1)
        {
            return repeat;
        }

        report(ReviewSheet.Repeat, $"反復は 1 以上の整数で書いてください（指定値: 「{cell}」）");
        return null;
    }

    private static HumanGrade? Grade(string cell, Action<string, string> report)
    {
        if (HumanGradeNames.TryParse(cell, out HumanGrade grade))
        {
            return grade;
        }

        report(ReviewSheet.Grade, $"判定は {ReviewSheet.AllowedGrades} のどれかで書いてください（指定値: 「{cell}」）");
        return null;
    }
}
