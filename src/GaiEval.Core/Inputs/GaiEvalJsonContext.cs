using System.Text.Json.Serialization;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

namespace GaiEval.Core.Inputs;

/// <summary>
/// Compile-time JSON metadata for the types GaiEval writes once per item or per run (stored items, the plan
/// snapshot, retrieved passages), so a run does not build it by reflection and JIT-compile it. Only the metadata comes
/// from here: names, enum values, escaping and null handling stay those of <see cref="GaiEvalJson.Writing"/>.
/// </summary>
[JsonSerializable(typeof(GoldItem))]
[JsonSerializable(typeof(IReadOnlyList<GoldItem>))]
[JsonSerializable(typeof(EvalPlan))]
[JsonSerializable(typeof(IReadOnlyList<Criterion>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class GaiEvalJsonContext : JsonSerializerContext;
