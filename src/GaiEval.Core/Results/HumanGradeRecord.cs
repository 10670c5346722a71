namespace GaiEval.Core.Results;

/// <summary>A person's grade of one stored answer; it overrides the automatic verdict of that answer in the accuracy.</summary>
public sealed record HumanGradeRecord
{
    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public required HumanGrade Grade { get; init; }

    public string? Comment { get; init; }

    /// <summary>Who graded (the name the reviewer gave).</summary>
    public required string Reviewer { get; init; }

    public required DateTimeOffset GradedAt { get; init; }

    public ResponseKey Key => new(ItemId, ProviderId, Repeat);
}
