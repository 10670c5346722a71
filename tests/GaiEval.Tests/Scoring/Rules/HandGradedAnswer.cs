namespace GaiEval.Tests.Scoring.Rules;

using System.Text.Json.Serialization;
using GaiEval.Core.Model;

/// <summary>One line of Data/speech-acts.jsonl: an item's rules, an answer, and the verdict graded by hand before the rules ran.</summary>
internal sealed record HandGradedAnswer
{
    [JsonPropertyName("case")]
    public required string Case { get; init; }

    [JsonPropertyName("item")]
    public required string Item { get; init; }

    [JsonPropertyName("question")]
    public required string Question { get; init; }

    [JsonPropertyName("expect")]
    public required string Expect { get; init; }

    [JsonPropertyName("must_include")]
    public required string[][] MustInclude { get; init; }

    [JsonPropertyName("must_not_include")]
    public required string[] MustNotInclude { get; init; }

    [JsonPropertyName("answer")]
    public required string Answer { get; init; }

    /// <summary>correct, wrong or undecided.</summary>
    [JsonPropertyName("expected")]
    public required string Expected { get; init; }

    public GoldItem ToGoldItem() => new()
    {
        Id = Item,
        Category = "住民問合せ対応",
        Use = ItemUses.Dialogue,
        Question = Question,
        MustInclude = MustInclude,
        MustNotInclude = MustNotInclude,
        Expect = Expect == "refuse" ? Expectation.Refuse : Expectation.Answer,
    };
}
