using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>human_grades</c>.</summary>
internal sealed record HumanGradeRow
{
    public const string SelectColumns =
        "g.run_id AS RunId, g.item_id AS ItemId, g.provider_id AS ProviderId, g.repeat AS Repeat, g.grade AS Grade, " +
        "g.comment AS Comment, g.reviewer AS Reviewer, g.graded_at AS GradedAt";

    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public required string Grade { get; init; }

    public string? Comment { get; init; }

    public required string Reviewer { get; init; }

    public required DateTimeOffset GradedAt { get; init; }

    public static HumanGradeRow From(HumanGradeRecord grade) => new()
    {
        RunId = grade.RunId,
        ItemId = grade.ItemId,
        ProviderId = grade.ProviderId,
        Repeat = grade.Repeat,
        Grade = EnumText<HumanGrade>.Format(grade.Grade),
        Comment = grade.Comment,
        Reviewer = grade.Reviewer,
        GradedAt = grade.GradedAt,
    };

    public HumanGradeRecord ToRecord() => new()
    {
        RunId = RunId,
        ItemId = ItemId,
        ProviderId = ProviderId,
        Repeat = Repeat,
        Grade = EnumText<HumanGrade>.Parse(Grade),
        Comment = Comment,
        Reviewer = Reviewer,
        GradedAt = GradedAt,
    };
}
