namespace GaiEval.Core.Collection;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>Turns the records of a collection sheet into rows, reporting every bad cell with its line and item.</summary>
internal sealed class CollectedRowParser(IReadOnlyDictionary<string, int> columns, InputErrorCollector errors)
{
    /// <summary>One day: no answer is collected by hand for longer, so more is a typing slip.</summary>
    private const double MaxSeconds = 86_400;

    /// <summary>Ten million tokens: past any model's context, so more is a typing slip.</summary>
    private const long MaxTokens = 10_000_000;

    private readonly Dictionary<string, int> firstLineOfId = new(StringComparer.Ordinal);

    public List<CollectedRow> Rows { get; } = [];

    /// <summary>Rows with an item but nothing filled in yet.</summary>
    public int Uncollected { get; private set; }

    public void Parse(SheetRecords record)
    {
        string? Cell(string column) =>
            !columns.TryGetValue(column, out int index) ? null
            : index < record.Cells.Length ? record.Cells[index].Trim()
            : string.Empty;

        if (record.Cells.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        if (CollectionSheet.StaffColumns.All(column => string.IsNullOrEmpty(Cell(column))))
        {
            Uncollected++;
            return;
        }

        string id = CellText.Unguarded(Cell(CollectionSheet.ItemId) ?? string.Empty);
        string where = CollectedRow.Describe(record.Line, record.ExcelRow, id);
        void Report(string field, string message) => errors.Add(record.Line, field, message + where);

        CheckId(id, record.Line, Report);
        string? answer = Cell(CollectionSheet.Answer);
        if (answer == string.Empty)
        {
            Report(CollectionSheet.Answer, "回答が空です。サービスの回答をそのまま貼り付けてください");
        }

        double? seconds = Cell(CollectionSheet.Seconds) is { } secondsCell ? Seconds(secondsCell, Report) : null;
        DateOnly? date = Cell(CollectionSheet.CollectedOn) is { } dateCell ? Date(dateCell, Report) : null;
        string? collector = Cell(CollectionSheet.Collector);
        string? model = Cell(CollectionSheet.ModelName);
        Rows.Add(new CollectedRow(record.Line, record.ExcelRow, id, answer is "" ? null : answer, seconds, string.IsNullOrEmpty(collector) ? null : collector, date)
        {
            ModelName = string.IsNullOrEmpty(model) ? null : model,
            Tokens = Tokens(Cell(CollectionSheet.InputTokens), Cell(CollectionSheet.OutputTokens), Report),
        });
    }

    private void CheckId(string id, int line, Action<string, string> report)
    {
        if (id.Length == 0)
        {
            report(CollectionSheet.ItemId, "項目IDが空です。書き出したときの項目IDを消さずに残してください");
        }
        else if (firstLineOfId.TryGetValue(id, out int firstLine))
        {
            report(CollectionSheet.ItemId, $"項目IDが重複しています（最初は {firstLine} 行目）。1 項目につき 1 行にしてください");
        }
        else
        {
            firstLineOfId[id] = line;
        }
    }

    private static (long Input, long Output)? Tokens(string? input, string? output, Action<string, string> report)
    {
        if (string.IsNullOrEmpty(input) && string.IsNullOrEmpty(output))
        {
            return null;
        }

        long? Count(string? cell, string column)
        {
            if (long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long count) && count <= MaxTokens)
            {
                return count;
            }

            report(column, string.IsNullOrEmpty(cell)
                ? $"{CollectionSheet.InputTokens}と{CollectionSheet.OutputTokens}は両方書くか、両方空けてください（空なら推定します）"
                : $"{column}は 0 以上 10,000,000 以下の整数で書いてください（指定値: 「{cell}」）");
            return null;
        }

        long? inputCount = Count(input, CollectionSheet.InputTokens);
        long? outputCount = Count(output, CollectionSheet.OutputTokens);
        return inputCount is { } i && outputCount is { } o ? (i, o) : null;
    }

    private static double? Seconds(string cell, Action<string, string> report)
    {
        double? seconds = cell.Length == 0 ? null : SheetCells.Seconds(cell);
        if (seconds is null or > MaxSeconds)
        {
            report(CollectionSheet.Seconds, cell.Length == 0
                ? "所要秒数が空です。貼り付けてから回答が出そろうまでの秒数を書いてください"
                : $"所要秒数は 0 以上 86,400（1日）以下の数値（秒）で書いてください（例: 12 や 8.5）（指定値: 「{cell}」）");
            return null;
        }

        return seconds;
    }

    private static DateOnly? Date(string cell, Action<string, string> report)
    {
        DateOnly? date = cell.Length == 0 ? null : SheetCells.Date(cell);
        if (date is null)
        {
            report(CollectionSheet.CollectedOn, cell.Length == 0
                ? $"収集日が空です。回答を得た日を {CollectionSheet.DateFormat} で書いてください"
                : $"収集日は {CollectionSheet.DateFormat}（例: 2026-11-27）で書いてください（指定値: 「{cell}」）");
        }

        return date;
    }
}
