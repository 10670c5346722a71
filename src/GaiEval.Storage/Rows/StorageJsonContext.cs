using System.Text.Json.Serialization;

namespace GaiEval.Storage.Rows;

/// <summary>
/// Compile-time JSON metadata of the JSON columns that are not in GaiEval's convention: the uses of a survey answer
/// (System.Text.Json's defaults) and the metadata and diagnostics of a score (<see cref="ScoreRow"/>'s options).
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IEnumerable<ScoreRow.DiagnosticJson>))]
[JsonSerializable(typeof(ScoreRow.DiagnosticJson[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
