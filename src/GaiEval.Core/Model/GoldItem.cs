using System.Text.Json.Serialization;

namespace GaiEval.Core.Model;

/// <summary>One gold test item (DESIGN.md "Gold item"). JSON names are the snake_case of the property names.</summary>
public sealed record GoldItem
{
    /// <summary>The tag that marks a hallucination trap: a question that presupposes a service or fact the ward does not have.</summary>
    public const string TrapTag = "trap";

    public required string Id { get; init; }

    /// <summary>業務分野, e.g. 住民票・戸籍.</summary>
    public required string Category { get; init; }

    /// <summary>One of <see cref="ItemUses.All"/>.</summary>
    public required string Use { get; init; }

    public required string Question { get; init; }

    /// <summary>Text the task is about (minutes to summarise, a notice to translate).</summary>
    public string? Context { get; init; }

    /// <summary>A model answer, used by the lexical metrics.</summary>
    public string? Reference { get; init; }

    /// <summary>Groups that must all be matched; a group is matched by any one of its alternatives.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MustInclude { get; init; } = [];

    /// <summary>Hallucination traps and wrong facts: none may appear.</summary>
    public IReadOnlyList<string> MustNotInclude { get; init; } = [];

    public Expectation Expect { get; init; } = Expectation.Answer;

    public Sensitivity Sensitivity { get; init; } = Sensitivity.Public;

    /// <summary>Minutes staff need to do the task by hand.</summary>
    public double HumanMinutes { get; init; }

    /// <summary>Minutes staff need to check an AI answer.</summary>
    public double ReviewMinutes { get; init; }

    /// <summary>Knowledge-base passages that answer the item: a path relative to the knowledge folder, optionally "#heading".</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Points a judge or reviewer checks, for open tasks.</summary>
    public IReadOnlyList<string> Rubric { get; init; } = [];

    public ItemSplit Split { get; init; } = ItemSplit.Public;

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True when rules alone can decide correctness; open tasks without rules go to a judge or to people.</summary>
    [JsonIgnore]
    public bool HasRule => MustInclude.Count > 0 || MustNotInclude.Count > 0 || Expect == Expectation.Refuse;

    /// <summary>
    /// True for a hallucination trap: tagged <see cref="TrapTag"/>. Items that only carry must_not_include (wrong facts to
    /// avoid) are not traps; every trap figure counts tagged items only.
    /// </summary>
    [JsonIgnore]
    public bool IsTrap => Tags.Contains(TrapTag, StringComparer.Ordinal);
}
