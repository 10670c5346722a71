namespace GaiEval.Core.TestSets;

/// <summary>The field names of a gold item in JSONL keys and CSV headers (snake_case, as GaiEvalJson writes them).</summary>
internal static class GoldItemFields
{
    public const string Id = "id";
    public const string Category = "category";
    public const string Use = "use";
    public const string Question = "question";
    public const string Context = "context";
    public const string Reference = "reference";
    public const string MustInclude = "must_include";
    public const string MustNotInclude = "must_not_include";
    public const string Expect = "expect";
    public const string Sensitivity = "sensitivity";
    public const string HumanMinutes = "human_minutes";
    public const string ReviewMinutes = "review_minutes";
    public const string Sources = "sources";
    public const string Rubric = "rubric";
    public const string Split = "split";
    public const string Tags = "tags";
    public const string Risk = "risk";
    public const string Perspective = "perspective";
    public const string Pair = "pair";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Category, Use, Question, Context, Reference, MustInclude, MustNotInclude,
        Expect, Sensitivity, HumanMinutes, ReviewMinutes, Sources, Rubric, Split, Tags, Risk, Perspective, Pair,
    ];

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(All, StringComparer.Ordinal);

    public static IReadOnlyList<string> Required { get; } = [Id, Category, Use, Question, HumanMinutes, ReviewMinutes];
}
