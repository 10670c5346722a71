using System.Text.Json;

namespace GaiEval.Storage;

/// <summary>Enum values as the kebab-case text GaiEval's JSON uses ("ok", "estimated", "confidential").</summary>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Texts =
        Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    private static readonly Dictionary<string, TEnum> Values =
        Texts.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string Format(TEnum value) =>
        Texts.TryGetValue(value, out string? text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no value {value}.");

    public static TEnum Parse(string text) =>
        Values.TryGetValue(text, out TEnum value)
            ? value
            : throw new InvalidDataException($"The database holds '{text}', which is not a {typeof(TEnum).Name}.");
}
