namespace GaiEval.Core.Kpi.Import;

using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>
/// One record of a KPI file, read field by field. A cell that cannot be read is reported as file:line: header: message
/// and read as absent; <see cref="Failed"/> then keeps the row from being returned.
/// </summary>
internal sealed class KpiRow(
    string path, int line, string[] cells, KpiColumns columns, KpiKind kind, KpiMapping? mapping, StaffKeyHasher hasher, Action<InputError> report)
{
    public int Line => line;

    public bool Failed { get; private set; }

    public string? Text(string field) => Cell(field) is { } cell ? Mapped(field, cell) : null;

    /// <summary>Free text kept as written (only trimmed), such as a comment.</summary>
    public string? Verbatim(string field) =>
        columns.Has(field) && Raw(field).Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The pseudonym of the staff key in the cell; the raw key goes no further than this method.</summary>
    public string? StaffKey(string field) => Cell(field) is { } cell ? hasher.Hash(cell) : null;

    public bool? Flag(string field) => Read<bool>(field, text => (KpiCells.Flag(text, out bool value), value));

    public int? Score(string field)
    {
        KpiField definition = KpiFields.For(kind).First(known => known.Name == field);
        return Read<int>(field, text => (KpiCells.Score(text, definition, out int value), value));
    }

    public Band? Band(string field)
    {
        if (Cell(field) is not { } cell)
        {
            return null;
        }

        string? problem = KpiCells.Band(Mapped(field, cell), Raw(field).Trim(), out Band? band);
        return Check(field, problem) ? band : null;
    }

    public string? Use(string field) => ReadText(field, text => (KpiCells.Use(text, out string value), value));

    /// <summary>The uses chosen in a multi-select cell, each at most once, in the order written.</summary>
    public IReadOnlyList<string> Uses(string field)
    {
        if (Cell(field) is not { } cell)
        {
            return [];
        }

        string separator = mapping?.ListSeparator ?? KpiMapping.DefaultListSeparator;
        var uses = new List<string>();
        foreach (string part in cell.Split(separator).Select(CellText.Normalized).Where(part => part.Length > 0))
        {
            string use = Mapped(field, part);
            if (Check(field, KpiCells.Use(use, out _)) && !uses.Contains(use, StringComparer.Ordinal))
            {
                uses.Add(use);
            }
        }

        return uses;
    }

    public UsageFeedback? Feedback(string field) => Read<UsageFeedback>(field, text => (KpiCells.Feedback(text, out UsageFeedback value), value));

    public bool FromHarness(string field) => Cell(field) is { } cell && KpiCells.IsHarness(Mapped(field, cell));

    public long? Count(string field) => Read<long>(field, text => (KpiCells.Count(text, out long value), value));

    public double? Minutes(string field) => Read<double>(field, text => (KpiCells.Minutes(text, out double value), value));

    public DateTimeOffset? Timestamp(string field) =>
        Read<DateTimeOffset>(field, text => (KpiCells.Timestamp(text, mapping?.TimestampFormat, mapping?.TimeZone ?? KpiMapping.DefaultTimeZone, out DateTimeOffset value), value));

    public DateOnly? Date(string field) => Read<DateOnly>(field, text => (KpiCells.Date(text, out DateOnly value), value));

    /// <summary>The cell, NFKC-normalised and trimmed; null when the column is absent or the cell blank (reported when required).</summary>
    private string? Cell(string field)
    {
        string text = columns.Has(field) ? CellText.Normalized(Raw(field)) : string.Empty;
        if (text.Length > 0)
        {
            return text;
        }

        if (KpiFields.For(kind).First(known => known.Name == field).Required)
        {
            Check(field, "空欄にできません");
        }

        return null;
    }

    private string Raw(string field)
    {
        int index = columns[field].Index;
        return index < cells.Length ? cells[index] : string.Empty;
    }

    private string Mapped(string field, string text) =>
        mapping?.Values.GetValueOrDefault(field)?.GetValueOrDefault(KpiCells.LabelKey(text)) ?? text;

    private T? Read<T>(string field, Func<string, (string? Problem, T Value)> parse)
        where T : struct
    {
        if (Cell(field) is not { } cell)
        {
            return null;
        }

        (string? problem, T value) = parse(Mapped(field, cell));
        return Check(field, problem) ? value : null;
    }

    private string? ReadText(string field, Func<string, (string? Problem, string Value)> parse)
    {
        if (Cell(field) is not { } cell)
        {
            return null;
        }

        (string? problem, string value) = parse(Mapped(field, cell));
        return Check(field, problem) ? value : null;
    }

    /// <summary>Reports the problem, if any; true when there was none.</summary>
    private bool Check(string field, string? problem)
    {
        if (problem is null)
        {
            return true;
        }

        Failed = true;
        string header = columns.Has(field) ? columns[field].Header : field;
        report(new InputError(path, line, header, problem));
        return false;
    }
}
