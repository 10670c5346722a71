namespace GaiEval.Core.TestSets.Aisev;

/// <summary>The columns of an aisev quantitative dataset CSV that the import reads (aisev's own names).</summary>
internal static class AisevColumns
{
    public const string Id = "ID";
    public const string Perspective = "ten_perspective";
    public const string Scorer = "scorer";
    public const string Requirement = "requirement";
    public const string Text = "text";
    public const string GsnPerspective = "gsn_perspective";

    /// <summary>The only scorer that can be imported: the answer is judged against the row's requirement.</summary>
    public const string RequirementScorer = "requirement";

    public static IReadOnlyList<string> Required { get; } = [Id, Perspective, Scorer, Requirement, Text, GsnPerspective];
}
