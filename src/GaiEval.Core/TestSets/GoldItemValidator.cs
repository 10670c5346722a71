namespace GaiEval.Core.TestSets;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// The one validator of gold items, whichever reader produced them: required fields, allowed values, duplicate ids,
/// empty match strings and knowledge-base sources. Reports every problem; returns the items that passed.
/// </summary>
internal sealed class GoldItemValidator(string? knowledgeFolder)
{
    private static readonly Dictionary<string, Expectation> Expectations = new(StringComparer.Ordinal)
    {
        ["answer"] = Expectation.Answer,
        ["refuse"] = Expectation.Refuse,
    };

    private static readonly Dictionary<string, Sensitivity> Sensitivities = new(StringComparer.Ordinal)
    {
        ["public"] = Sensitivity.Public,
        ["internal"] = Sensitivity.Internal,
        ["confidential"] = Sensitivity.Confidential,
    };

    private static readonly Dictionary<string, ItemSplit> Splits = new(StringComparer.Ordinal)
    {
        ["public"] = ItemSplit.Public,
        ["hidden"] = ItemSplit.Hidden,
        ["private"] = ItemSplit.Private,
    };

    /// <summary>The problem of each source text met so far: items name the same few files again and again.</summary>
    private readonly Dictionary<string, string?> sourceProblems = new(StringComparer.Ordinal);

    public IReadOnlyList<GoldItem> Validate(IReadOnlyList<GoldItemDraft> drafts, InputErrorCollector errors)
    {
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var riskNames = RiskCategoryNames.ByName.ToDictionary(pair => pair.Key, pair => (RiskCategory?)pair.Value, StringComparer.Ordinal);
        var items = new List<GoldItem>(drafts.Count);
        var compactor = new GoldItemCompactor();
        foreach (GoldItemDraft draft in drafts)
        {
            int before = errors.Errors.Count;
            var report = (string field, string message) => errors.Add(draft.Line, field, message);
            CheckRequired(draft, report);
            CheckId(draft, firstLineOfId, report);
            if (draft.Use is { } use && !ItemUses.IsKnown(use))
            {
                report(GoldItemFields.Use, $"use は次の {ItemUses.All.Count} つのいずれかにしてください: {string.Join(", ", ItemUses.All)}（指定値: 「{use}」）");
            }

            Expectation expect = Parse(draft.Expect, Expectations, GoldItemFields.Expect, Expectation.Answer, report);
            Sensitivity sensitivity = Parse(draft.Sensitivity, Sensitivities, GoldItemFields.Sensitivity, Sensitivity.Public, report);
            ItemSplit split = Parse(draft.Split, Splits, GoldItemFields.Split, ItemSplit.Public, report);
            RiskCategory? risk = Parse(draft.Risk, riskNames, GoldItemFields.Risk, null, report);
            CheckProbeFields(draft, report);
            CheckMinutes(draft.HumanMinutes, GoldItemFields.HumanMinutes, report);
            CheckMinutes(draft.ReviewMinutes, GoldItemFields.ReviewMinutes, report);
            CheckMustInclude(draft.MustInclude, report);
            CheckMustNotInclude(draft.MustNotInclude, report);
            CheckSources(draft.Sources, report);
            if (errors.Errors.Count == before && draft.InvalidFields.Count == 0)
            {
                items.Add(compactor.Compact(Build(draft, expect, sensitivity, split) with { Risk = risk }));
            }
        }

        CheckPairs(drafts, errors);
        return items;
    }

    private static void CheckProbeFields(GoldItemDraft draft, Action<string, string> report)
    {
        if (draft.Perspective is { Length: > 0 } perspective && !AisiPerspectives.IsKnown(perspective))
        {
            report(GoldItemFields.Perspective,
                $"perspective は AISI の評価観点 {AisiPerspectives.All.Count} つのいずれかにしてください: {string.Join(", ", AisiPerspectives.All)}（指定値: 「{perspective}」）");
        }

        if (draft.Pair is { Length: > 0 } && draft.Risk != RiskCategoryNames.Name(RiskCategory.Bias))
        {
            report(GoldItemFields.Pair, "pair はバイアスの対（risk: bias）にだけ書けます。risk を bias にするか、pair を消してください");
        }
    }

    /// <summary>A bias pair needs at least two probes: one alone has nothing to be compared with.</summary>
    private static void CheckPairs(IReadOnlyList<GoldItemDraft> drafts, InputErrorCollector errors)
    {
        foreach (IGrouping<string, GoldItemDraft> pair in drafts.Where(d => d.Pair is { Length: > 0 } && d.Risk == RiskCategoryNames.Name(RiskCategory.Bias)).GroupBy(d => d.Pair!, StringComparer.Ordinal))
        {
            if (pair.Count() < 2)
            {
                errors.Add(pair.First().Line, GoldItemFields.Pair,
                    $"pair「{pair.Key}」の項目が 1 つしかありません。国籍・性別・年齢・障害だけを入れ替えた項目を同じ pair で 2 つ以上書いてください");
            }
        }
    }

    private static void CheckRequired(GoldItemDraft draft, Action<string, string> report)
    {
        var present = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            [GoldItemFields.Id] = !string.IsNullOrWhiteSpace(draft.Id),
            [GoldItemFields.Category] = !string.IsNullOrWhiteSpace(draft.Category),
            [GoldItemFields.Use] = !string.IsNullOrWhiteSpace(draft.Use),
            [GoldItemFields.Question] = !string.IsNullOrWhiteSpace(draft.Question),
            [GoldItemFields.HumanMinutes] = draft.HumanMinutes is not null,
            [GoldItemFields.ReviewMinutes] = draft.ReviewMinutes is not null,
        };
        foreach (string field in GoldItemFields.Required)
        {
            if (!present[field] && !draft.InvalidFields.Contains(field))
            {
                report(field, $"必須の項目です。{field} を入れてください");
            }
        }
    }

    private static void CheckId(GoldItemDraft draft, Dictionary<string, int> firstLineOfId, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(draft.Id))
        {
            return;
        }

        if (draft.Id.Any(char.IsWhiteSpace))
        {
            report(GoldItemFields.Id, $"id に空白を含めないでください（指定値: 「{draft.Id}」）");
        }

        if (firstLineOfId.TryGetValue(draft.Id, out int firstLine))
        {
            report(GoldItemFields.Id, $"id「{draft.Id}」が重複しています（最初は {firstLine} 行目）。id は項目ごとに変えてください");
        }
        else
        {
            firstLineOfId[draft.Id] = draft.Line;
        }
    }

    private static T Parse<T>(string? text, Dictionary<string, T> allowed, string field, T fallback, Action<string, string> report)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (allowed.TryGetValue(text, out T? value))
        {
            return value;
        }

        report(field, $"{field} は {string.Join(" / ", allowed.Keys)} のいずれかにしてください（指定値: 「{text}」）");
        return fallback;
    }

    private static void CheckMinutes(double? minutes, string field, Action<string, string> report)
    {
        if (minutes is { } value && (!double.IsFinite(value) || value < 0))
        {
            report(field, $"{field} は 0 以上の数値（分）にしてください（指定値: {value}）");
        }
    }

    private static void CheckMustInclude(List<List<string>>? groups, Action<string, string> report)
    {
        for (int g = 0; groups is not null && g < groups.Count; g++)
        {
            if (groups[g].Count == 0)
            {
                report(GoldItemFields.MustInclude, $"{g + 1} 番目のグループが空です。選択肢を 1 つ以上入れてください");
            }
            else if (groups[g].Any(string.IsNullOrWhiteSpace))
            {
                report(GoldItemFields.MustInclude, $"{g + 1} 番目のグループに空の選択肢があります。空でない文字列にしてください");
            }
        }
    }

    private static void CheckMustNotInclude(List<string>? values, Action<string, string> report)
    {
        for (int i = 0; values is not null && i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                report(GoldItemFields.MustNotInclude, $"{i + 1} 番目が空の文字列です。空でない文字列にしてください");
            }
        }
    }

    private void CheckSources(List<string>? sources, Action<string, string> report)
    {
        foreach (string source in sources ?? [])
        {
            if (!sourceProblems.TryGetValue(source, out string? problem))
            {
                problem = SourceReferenceCheck.FindProblem(source, knowledgeFolder);
                sourceProblems.Add(source, problem);
            }

            if (problem is not null)
            {
                report(GoldItemFields.Sources, problem);
            }
        }
    }

    private static GoldItem Build(GoldItemDraft draft, Expectation expect, Sensitivity sensitivity, ItemSplit split) => new()
    {
        Id = draft.Id!,
        Category = draft.Category!,
        Use = draft.Use!,
        Question = draft.Question!,
        Context = string.IsNullOrEmpty(draft.Context) ? null : draft.Context,
        Reference = string.IsNullOrEmpty(draft.Reference) ? null : draft.Reference,
        MustInclude = draft.MustInclude?.Select(group => (IReadOnlyList<string>)group).ToList() ?? [],
        MustNotInclude = draft.MustNotInclude ?? [],
        Expect = expect,
        Sensitivity = sensitivity,
        HumanMinutes = draft.HumanMinutes!.Value,
        ReviewMinutes = draft.ReviewMinutes!.Value,
        Sources = draft.Sources ?? [],
        Rubric = draft.Rubric ?? [],
        Split = split,
        Tags = draft.Tags ?? [],
        Perspective = string.IsNullOrEmpty(draft.Perspective) ? null : draft.Perspective,
        Pair = string.IsNullOrEmpty(draft.Pair) ? null : draft.Pair,
    };
}
