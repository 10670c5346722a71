using System.Text.Json.Serialization;

namespace GaiEval.Storage.Rows;

/// <summary>
/// Compile-time JSON metadata for the metadata and diagnostics columns of <c>scores</c>, written and read once per score;
/// the options (escaping) stay those of <see cref="ScoreRow"/>.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(IEnumerable<ScoreRow.DiagnosticJson>))]
[JsonSerializable(typeof(ScoreRow.DiagnosticJson[]))]
internal sealed partial class ScoreJsonContext : JsonSerializerContext;
