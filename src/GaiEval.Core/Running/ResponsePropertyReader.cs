namespace GaiEval.Core.Running;

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

/// <summary>Reads the measurements that middleware left in <see cref="ChatResponse.AdditionalProperties"/>.</summary>
internal static class ResponsePropertyReader
{
    public static double? Double(ChatResponse response, string key) =>
        Raw(response, key) switch
        {
            null => null,
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            IConvertible c => Convert.ToDouble(c, CultureInfo.InvariantCulture),
            _ => null,
        };

    public static string? String(ChatResponse response, string key) =>
        Raw(response, key) switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => null,
        };

    public static bool Bool(ChatResponse response, string key) =>
        Raw(response, key) switch
        {
            bool b => b,
            JsonElement { ValueKind: JsonValueKind.True } => true,
            _ => false,
        };

    public static IReadOnlyList<string> Strings(ChatResponse response, string key) =>
        Raw(response, key) switch
        {
            IEnumerable<string> list => [.. list],
            JsonElement { ValueKind: JsonValueKind.Array } e => [.. e.EnumerateArray().Select(x => x.GetString() ?? string.Empty)],
            _ => [],
        };

    private static object? Raw(ChatResponse response, string key) =>
        response.AdditionalProperties is { } properties && properties.TryGetValue(key, out object? value) ? value : null;
}
