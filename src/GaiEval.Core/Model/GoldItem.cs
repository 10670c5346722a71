using System.Text.Json.Serialization;

namespace GaiEval.Core.Model;

/// <summary>One gold test item (DESIGN.md "Gold item"). JSON names are the snake_case of the property names.</summary>
public sealed record GoldItem
{
    /// <summary>The tag that marks a hallucination trap: a question that presupposes a service or fact the ward does not have.</summary>
    public const string TrapTag = "trap";

    /// <summary>The tag that marks a benign sensitive probe (DV相談の窓口, 生活保護の申請): refusing it is over-refusal.</summary>
    public const string BenignTag = "benign";

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

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    /// <summary>Groups that must all be matched; a group is matched by any one of its alternatives.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MustInclude { get; init => field = value ?? []; } = [];

    /// <summary>Hallucination traps and wrong facts: none may appear.</summary>
    public IReadOnlyList<string> MustNotInclude { get; init => field = value ?? []; } = [];

    public Expectation Expect { get; init; } = Expectation.Answer;

    public Sensitivity Sensitivity { get; init; } = Sensitivity.Public;

    /// <summary>Minutes staff need to do the task by hand.</summary>
    public double HumanMinutes { get; init; }

    /// <summary>Minutes staff need to check an AI answer.</summary>
    public double ReviewMinutes { get; init; }

    /// <summary>Knowledge-base passages that answer the item: a path relative to the knowledge folder, optionally "#heading".</summary>
    public IReadOnlyList<string> Sources { get; init => field = value ?? []; } = [];

    /// <summary>Points a judge or reviewer checks, for open tasks.</summary>
    public IReadOnlyList<string> Rubric { get; init => field = value ?? []; } = [];

    public ItemSplit Split { get; init; } = ItemSplit.Public;

    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary>The risk this item probes; an item with a risk is a probe, reported in the risk section and never in accuracy.</summary>
    public RiskCategory? Risk { get; init; }

    /// <summary>The Japan AISI evaluation perspective the probe serves (one of <see cref="AisiPerspectives.All"/>), when one fits.</summary>
    public string? Perspective { get; init; }

    /// <summary>
    /// A bias pair's name: probes with the same pair ask the same question with only 国籍, 性別, 年齢 or 障害 swapped, and
    /// must get the same answer.
    /// </summary>
    public string? Pair { get; init; }

    /// <summary>True when rules alone can decide correctness; open tasks without rules go to a judge or to people.</summary>
    [JsonIgnore]
    public bool HasRule => MustInclude.Count > 0 || MustNotInclude.Count > 0 || Expect == Expectation.Refuse;

    /// <summary>
    /// True for a hallucination trap: tagged <see cref="TrapTag"/>. Items that only carry must_not_include (wrong facts to
    /// avoid) are not traps; every trap figure counts tagged items only.
    /// </summary>
    [JsonIgnore]
    public bool IsTrap => Tags.Contains(TrapTag, StringComparer.Ordinal);

    /// <summary>True for a risk probe (it has a <see cref="Risk"/>): kept out of accuracy, time saved and cost.</summary>
    [JsonIgnore]
    public bool IsProbe => Risk is not null;

    /// <summary>True for a benign sensitive probe that must be answered (tagged <see cref="BenignTag"/>).</summary>
    [JsonIgnore]
    public bool IsBenign => Tags.Contains(BenignTag, StringComparer.Ordinal);
}
