namespace GaiEval.Core.Kpi.Import;

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>
/// Reads the eligible staff per department (the denominator of 利用者割合) from a CSV with the headers
/// <c>department,eligible</c> (UTF-8 with or without BOM, or CP932): one department a row, a non-negative whole number,
/// each department once. Department names are NFKC-normalised as the KPI readers normalise them.
/// </summary>
public static class EligibleStaffCsvReader
{
    public const string Department = "department";
    public const string Eligible = "eligible";

    /// <exception cref="InputException">Every bad row, as file:line: column: message.</exception>
    public static IReadOnlyDictionary<string, int> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new List<InputError>();
        var staff = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "csv", "ファイルが見つかりません。パスを確認してください");
        }

        using var parser = new CsvParser(UserTextFile.Open(path), new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, GetDelimiter = UserCsvDelimiter.FromHeadingLine });
        if (!parser.Read())
        {
            throw new InputException(path, 0, "csv", $"ファイルが空です。1行目に見出し「{Department},{Eligible}」、2行目から所属と対象職員数を書いてください");
        }

        string[] headers = [.. (parser.Record ?? []).Select(CellText.Normalized)];
        int department = Array.IndexOf(headers, Department);
        int eligible = Array.IndexOf(headers, Eligible);
        if (department < 0 || eligible < 0)
        {
            throw new InputException(path, CsvRecordLines.StartLine(parser), "csv",
                $"見出し行は「{Department},{Eligible}」にしてください（所属と対象職員数。指定値: 「{string.Join(",", headers)}」）");
        }

        while (parser.Read())
        {
            string[] cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            int line = CsvRecordLines.StartLine(parser);
            string name = department < cells.Length ? CellText.Normalized(cells[department]) : string.Empty;
            string count = eligible < cells.Length ? CellText.Normalized(cells[eligible]) : string.Empty;
            int? value = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;
            bool once = name.Length > 0 && lineOf.TryAdd(name, line);
            if (name.Length == 0)
            {
                errors.Add(new InputError(path, line, Department, "所属が空欄です"));
            }
            else if (!once)
            {
                errors.Add(new InputError(path, line, Department, $"所属「{name}」は {lineOf[name]} 行目にもあります。1 つの所属は 1 行にしてください"));
            }

            if (value is null)
            {
                errors.Add(new InputError(path, line, Eligible, $"対象職員数は 0 以上の整数にしてください（指定値: 「{count}」）"));
            }
            else if (once)
            {
                staff[name] = value.Value;
            }
        }

        if (errors.Count == 0 && staff.Count == 0)
        {
            errors.Add(new InputError(path, 1, "csv", "所属の行がありません（見出しの行だけです）。所属ごとの対象職員数を書いてください"));
        }

        return errors.Count > 0 ? throw new InputException(errors) : staff;
    }
}
