namespace GaiEval.Core.TestSets.Aisev;

using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// Reads a quantitative dataset CSV in Japan AISI's aisev layout (<c>ID,ten_perspective,scorer,requirement,text,gsn_perspective</c>)
/// as risk probes: the prompt is the question, the requirement the one rubric point a judge or a person checks (no rule
/// decides these items), the perspective kept, the risk from <see cref="AisevRiskMap"/>. Other columns are ignored.
/// </summary>
public static partial class AisevDatasetReader
{
    /// <summary>The tag every imported probe carries, beside its GSN leaf id.</summary>
    public const string Tag = "aisev";

    /// <summary>Minutes by hand and to review, required by the gold format; probes are kept out of time saved, so 1 is a placeholder.</summary>
    public const double PlaceholderMinutes = 1;

    /// <summary>Whether <paramref name="text"/> is a GSN leaf id, G&lt;観点番号&gt;-&lt;番号&gt; (e.g. G1-32), as a probe's tag.</summary>
    public static bool IsGsnLeaf(string text) => GsnIdPattern().IsMatch(text);

    /// <summary>The default category of a probe: 「AISI: 評価観点」.</summary>
    public static string CategoryOf(string perspective) => $"AISI: {perspective}";

    /// <summary>Reads every row; throws <see cref="InputException"/> with every problem (file:line: field: message).</summary>
    /// <param name="path">The CSV (UTF-8, UTF-8 with BOM or Shift_JIS, as <see cref="UserTextFile"/> reads it).</param>
    /// <param name="category">A category for every probe instead of 「AISI: 評価観点」; null keeps the default.</param>
    public static IReadOnlyList<GoldItem> Read(string path, string? category = null)
    {
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "file", "ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        if (category is not null && string.IsNullOrWhiteSpace(category))
        {
            errors.Add(0, "--category", "カテゴリが空です。文字を入れるか、--category を外してください");
        }

        List<GoldItem> items = Read(UserTextFile.Read(path), category, errors);
        if (items.Count == 0 && !errors.HasErrors)
        {
            errors.Add(0, "file", "取り込む行が 1 件もありません。見出し行の下に 1 行以上書いてください");
        }

        errors.ThrowIfAny();
        return items;
    }

    private static List<GoldItem> Read(string text, string? category, InputErrorCollector errors)
    {
        using var parser = new CsvParser(new StringReader(text), UserCsvConfiguration.ReportingTo(errors));
        if (!parser.Read() || ReadHeader(parser, errors) is not { } columns)
        {
            return [];
        }

        var items = new List<GoldItem>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        while (parser.Read())
        {
            string[] cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            int line = CsvRecordLines.StartLine(parser);
            var row = new AisevRow(line, cells, columns);
            if (ReadRow(row, category, firstLineOfId, errors) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>The index of each required column; null (with the missing ones reported) when one is missing.</summary>
    private static Dictionary<string, int>? ReadHeader(CsvParser parser, InputErrorCollector errors)
    {
        int line = CsvRecordLines.StartLine(parser);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < parser.Count; i++)
        {
            string name = parser[i].Trim().TrimStart('\uFEFF');
            if (AisevColumns.Required.Contains(name, StringComparer.Ordinal) && !columns.TryAdd(name, i))
            {
                errors.Add(line, name, $"列「{name}」が 2 回あります。1 回にしてください");
            }
        }

        string[] missing = [.. AisevColumns.Required.Where(name => !columns.ContainsKey(name))];
        foreach (string name in missing)
        {
            errors.Add(line, name, $"必須の列「{name}」がありません。aisev の見出し {string.Join(",", AisevColumns.Required)} にそろえてください");
        }

        return missing.Length == 0 ? columns : null;
    }

    private static GoldItem? ReadRow(AisevRow row, string? category, Dictionary<string, int> firstLineOfId, InputErrorCollector errors)
    {
        int before = errors.Errors.Count;
        var report = (string field, string message) => errors.Add(row.Line, field, message);
        string id = row.Cell(AisevColumns.Id);
        string perspective = row.Cell(AisevColumns.Perspective);
        string gsnId = row.Cell(AisevColumns.GsnPerspective);
        string question = row.Cell(AisevColumns.Text);
        string requirement = row.Cell(AisevColumns.Requirement);
        CheckId(id, row.Line, firstLineOfId, report);
        CheckPerspective(perspective, gsnId, report);
        string scorer = row.Cell(AisevColumns.Scorer);
        if (scorer != AisevColumns.RequirementScorer)
        {
            report(AisevColumns.Scorer,
                $"scorer が requirement の行だけ取り込めます（指定値: 「{scorer}」）。正解の列を使う採点（exact、multiple_choice など）は、この形式では期待する答えが分かりません");
        }

        foreach ((string field, string value) in new[] { (AisevColumns.Text, question), (AisevColumns.Requirement, requirement) })
        {
            if (value.Length == 0)
            {
                report(field, $"必須の項目です。{field} を入れてください");
            }
        }

        if (errors.Errors.Count != before)
        {
            return null;
        }

        return new GoldItem
        {
            Id = id,
            Category = category ?? CategoryOf(perspective),
            Use = ItemUses.Dialogue,
            Question = question,
            Rubric = [requirement],
            Expect = Expectation.Answer,
            Sensitivity = Sensitivity.Public,
            HumanMinutes = PlaceholderMinutes,
            ReviewMinutes = PlaceholderMinutes,
            Tags = [Tag, gsnId],
            Risk = AisevRiskMap.For(perspective, gsnId),
            Perspective = perspective,
        };
    }

    private static void CheckId(string id, int line, Dictionary<string, int> firstLineOfId, Action<string, string> report)
    {
        if (id.Length == 0)
        {
            report(AisevColumns.Id, "必須の項目です。ID を入れてください");
        }
        else if (id.Any(char.IsWhiteSpace))
        {
            report(AisevColumns.Id, $"ID に空白を含めないでください（指定値: 「{id}」）");
        }
        else if (!firstLineOfId.TryAdd(id, line))
        {
            report(AisevColumns.Id, $"ID「{id}」が重複しています（最初は {firstLineOfId[id]} 行目）。ID は行ごとに変えてください");
        }
    }

    /// <summary>The perspective must be one of the ten, and the GSN leaf (G&lt;観点番号&gt;-&lt;番号&gt;) must belong to it.</summary>
    private static void CheckPerspective(string perspective, string gsnId, Action<string, string> report)
    {
        if (!AisiPerspectives.IsKnown(perspective))
        {
            report(AisevColumns.Perspective,
                $"ten_perspective は AISI の評価観点 {AisiPerspectives.All.Count} つのいずれかにしてください: {string.Join(", ", AisiPerspectives.All)}（指定値: 「{perspective}」）");
        }

        Match match = GsnIdPattern().Match(gsnId);
        if (!match.Success)
        {
            report(AisevColumns.GsnPerspective, $"gsn_perspective は GSN の葉の ID（例: G1-32）にしてください（指定値: 「{gsnId}」）");
        }
        else if (AisiPerspectives.IsKnown(perspective)
            && int.Parse(match.Groups["perspective"].Value, CultureInfo.InvariantCulture) != AisiPerspectives.Number(perspective))
        {
            report(AisevColumns.GsnPerspective,
                $"gsn_perspective「{gsnId}」は観点 {match.Groups["perspective"].Value} の葉ですが、ten_perspective は観点 {AisiPerspectives.Number(perspective)}（{perspective}）です。どちらかを直してください");
        }
    }

    [GeneratedRegex(@"^G(?<perspective>[0-9]+)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex GsnIdPattern();
}
