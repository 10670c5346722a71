namespace GaiEval.Core.Kpi.Import;

using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>
/// Where each canonical field stands in a file's header row: the header a mapping names, else the canonical name itself.
/// Without a mapping every header must be a canonical name.
/// </summary>
internal sealed class KpiColumns
{
    private readonly Dictionary<string, (int Index, string Header)> byField = new(StringComparer.Ordinal);

    private KpiColumns()
    {
    }

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>The column's index in a record, and its header as the export names it.</summary>
    public (int Index, string Header) this[string field] => byField[field];

    /// <summary>The columns; null when any required column is missing or the header is otherwise unusable (all reported).</summary>
    public static KpiColumns? Resolve(
        string path, int line, string[] headers, KpiKind kind, KpiMapping? mapping, Action<InputError> report)
    {
        IReadOnlyList<KpiField> fields = KpiFields.For(kind);
        var indexByHeader = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < headers.Length; i++)
        {
            string header = CellText.Normalized(headers[i]);
            if (header.Length > 0 && !indexByHeader.TryAdd(header, i))
            {
                repeated.Add(header);
            }
        }

        var columns = new KpiColumns();
        int before = 0;
        void Report(InputError error)
        {
            before++;
            report(error);
        }

        foreach (KpiField field in fields)
        {
            string header = mapping?.Columns.GetValueOrDefault(field.Name) is { } mapped ? CellText.Normalized(mapped) : field.Name;
            if (indexByHeader.TryGetValue(header, out int index))
            {
                string asWritten = headers[index].Trim();
                if (repeated.Contains(header))
                {
                    Report(new InputError(path, line, asWritten, $"列「{asWritten}」が 2 回あります。どちらを読むか決められないので 1 回にしてください"));
                }

                columns.byField[field.Name] = (index, asWritten);
            }
            else if (mapping?.Columns.ContainsKey(field.Name) == true)
            {
                string entry = $"columns.{field.Name}";
                Report(new InputError(mapping.Path, mapping.LineOf(entry), entry, $"列「{header}」が {System.IO.Path.GetFileName(path)} の見出し行にありません。見出しを書き出しファイルのとおりに直してください"));
            }
            else if (field.Required)
            {
                string how = mapping is null ? $"見出しを {field.Name} にするか、対応表（--mapping）で列を指定してください" : $"対応表の columns: に「{field.Name}: 列見出し」を書き加えてください";
                Report(new InputError(path, line, field.Name, $"必須の列「{field.Name}」がありません。{how}"));
            }
        }

        if (mapping is null)
        {
            string[] known = [.. fields.Select(field => field.Name)];
            foreach (string header in indexByHeader.Keys.Where(header => !known.Contains(header, StringComparer.Ordinal)))
            {
                Report(new InputError(path, line, header, $"{ClosestName.UnknownMessage(header, known)}（書き出したままの見出しなら対応表（--mapping）で読み替えてください）"));
            }
        }

        return before == 0 ? columns : null;
    }
}
