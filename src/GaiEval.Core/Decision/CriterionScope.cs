namespace GaiEval.Core.Decision;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>A criterion's scope as written in a plan: <c>all</c>, <c>category:NAME</c> or <c>use:NAME</c>.</summary>
public sealed record CriterionScope(ScopeKind Kind, string Name)
{
    public const string AllText = "all";
    public const string CategoryPrefix = "category:";
    public const string UsePrefix = "use:";

    public static CriterionScope All { get; } = new(ScopeKind.All, string.Empty);

    /// <summary>Japanese label for reasons and tables: 全体, 業務分野「税」, 用途「対話生成」.</summary>
    public string Label => Kind switch
    {
        ScopeKind.Category => $"業務分野「{Name}」",
        ScopeKind.Use => $"用途「{Name}」",
        _ => "全体",
    };

    public static CriterionScope Of(Criterion criterion) => Parse(criterion.Scope);

    /// <summary>Reads a scope the plan reader has validated; throws <see cref="FormatException"/> for any other text.</summary>
    public static CriterionScope Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"scope は all、category:業務分野、use:用途 のいずれかの形にしてください（指定値: 「{text}」）");

    /// <summary>The scope, or null when <paramref name="text"/> has none of the three shapes (the use is not checked here).</summary>
    public static CriterionScope? TryParse(string text)
    {
        if (text == AllText)
        {
            return All;
        }

        foreach ((string prefix, ScopeKind kind) in new[] { (CategoryPrefix, ScopeKind.Category), (UsePrefix, ScopeKind.Use) })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(text[prefix.Length..]))
            {
                return new CriterionScope(kind, text[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>Whether an item belongs to this scope.</summary>
    public bool Contains(GoldItem item) => Kind switch
    {
        ScopeKind.Category => item.Category == Name,
        ScopeKind.Use => item.Use == Name,
        _ => true,
    };

    public override string ToString() => Kind switch
    {
        ScopeKind.Category => CategoryPrefix + Name,
        ScopeKind.Use => UsePrefix + Name,
        _ => AllText,
    };
}
