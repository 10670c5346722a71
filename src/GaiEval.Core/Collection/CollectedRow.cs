namespace GaiEval.Core.Collection;

/// <summary>
/// One filled row of a collection sheet. <paramref name="Line"/> is the line where the row starts (1-based),
/// <paramref name="ExcelRow"/> its row in Excel. A value that is missing or unreadable is null, and the sheet reports why;
/// <see cref="IsComplete"/> rows carry every value.
/// </summary>
public sealed record CollectedRow(
    int Line, int ExcelRow, string ItemId, string? Answer, double? Seconds, string? Collector, DateOnly? CollectedOn)
{
    /// <summary>The model and version the service showed; null when the sheet does not say.</summary>
    public string? ModelName { get; init; }

    /// <summary>The tokens the service counted, both or neither; null when the sheet does not say (they are then estimated).</summary>
    public (long Input, long Output)? Tokens { get; init; }

    public bool IsComplete => ItemId.Length > 0 && Answer is not null && Seconds is not null && CollectedOn is not null;

    /// <summary>Appended to messages so staff find the row in Excel, where a long cell makes its row differ from the line.</summary>
    public string Where => Describe(Line, ExcelRow, ItemId);

    internal static string Describe(int line, int excelRow, string itemId)
    {
        var parts = new List<string>(2);
        if (itemId.Length > 0)
        {
            parts.Add($"項目ID {itemId}");
        }

        if (excelRow != line)
        {
            parts.Add($"Excel では {excelRow} 行目");
        }

        return parts.Count == 0 ? string.Empty : $"（{string.Join("、", parts)}）";
    }
}
