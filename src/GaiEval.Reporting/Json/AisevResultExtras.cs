namespace GaiEval.Reporting.Json;

using System.Text.Json.Serialization;
using GaiEval.Core.Model;

/// <summary>GaiEval's own fields of one result in aisev-scores.json: the probe, the repeat, its risk and GSN leaf.</summary>
public sealed record AisevResultExtras(string ItemId, int Repeat, RiskCategory? Risk, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? GsnLeaf);
