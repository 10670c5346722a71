namespace GaiEval.Core.Kpi.Measures;

/// <summary>Satisfaction of the users of one department or one use.</summary>
public sealed record GroupSatisfaction(string Group, SatisfactionFigures Figures)
{
    /// <summary>Groups in which fewer users rated satisfaction are not shown in reports: one person's answer would be readable.</summary>
    public const int MinimumShown = 5;

    public const string WithheldText = "回答者5人未満のため非表示";

    /// <summary>Whether reports withhold the group's figures (see <see cref="SmallGroupDisclosure"/>).</summary>
    public bool Withheld { get; init; }
}
