namespace GaiEval.Reporting.Json;

using GaiEval.Core.Model;

/// <summary>One gold item in analysis.json, without its texts (question, context, reference, required words).</summary>
public sealed record ItemFacts(
    string Id,
    string Category,
    string Use,
    Expectation Expect,
    Sensitivity Sensitivity,
    ItemSplit Split,
    IReadOnlyList<string> Tags,
    bool HasRule,
    double HumanMinutes,
    double ReviewMinutes)
{
    public static ItemFacts Of(GoldItem item) =>
        new(item.Id, item.Category, item.Use, item.Expect, item.Sensitivity, item.Split, item.Tags, item.HasRule, item.HumanMinutes, item.ReviewMinutes);
}
