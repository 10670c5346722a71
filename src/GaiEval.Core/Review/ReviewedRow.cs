namespace GaiEval.Core.Review;

using System.Globalization;
using GaiEval.Core.Results;

/// <summary>
/// One graded row of a review sheet. <paramref name="Line"/> is the line where the row starts (1-based), <paramref name="ExcelRow"/>
/// its row in Excel. A value that is unreadable is null, and the sheet reports why; an empty comment or reviewer is null.
/// </summary>
public sealed record ReviewedRow(
    int Line, int ExcelRow, string RunId, string ItemId, string ProviderId, int? Repeat, HumanGrade? Grade, string? Comment, string? Reviewer)
{
    /// <summary>Appended to messages so reviewers find the row in Excel, where a long cell makes its row differ from the line.</summary>
    public string Where => Describe(Line, ExcelRow, ItemId, ProviderId, Repeat?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    internal static string Describe(int line, int excelRow, string itemId, string providerId, string repeat)
    {
        string response = string.Join(" / ", new[] { itemId, providerId, repeat.Length > 0 ? $"反復 {repeat}" : string.Empty }.Where(part => part.Length > 0));
        var parts = new List<string>(2);
        if (response.Length > 0)
        {
            parts.Add(response);
        }

        if (excelRow != line)
        {
            parts.Add($"Excel では {excelRow} 行目");
        }

        return parts.Count == 0 ? string.Empty : $"（{string.Join("、", parts)}）";
    }
}
