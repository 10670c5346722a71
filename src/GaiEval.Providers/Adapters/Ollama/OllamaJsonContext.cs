namespace GaiEval.Providers.Adapters.Ollama;

using System.Text.Json.Serialization;
using OllamaSharp.Models.Chat;

/// <summary>
/// The chat messages GaiEval exchanges with Ollama, compiled ahead of time: given this context, OllamaSharp reads and writes
/// them (with its own types) without reflection, which the Native AOT build does not have.
/// </summary>
[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatResponseStream))]
[JsonSerializable(typeof(ChatDoneResponseStream))]
internal sealed partial class OllamaJsonContext : JsonSerializerContext;
