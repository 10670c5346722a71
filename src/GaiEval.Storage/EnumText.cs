using System.Text.Json;

namespace GaiEval.Storage;

/// <summary>Enum values as the kebab-case text GaiEval's JSON uses ("ok", "estimated", "confidential").</summary>
/// <remarks>
/// Values and texts are two arrays searched in turn (an enum has a handful of values): a dictionary or Linq over each enum
/// type is generic code over a value type, which ReadyToRun cannot precompile, so every run JIT-compiled some forty
/// methods for each enum the store writes or reads.
/// </remarks>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly string[] Texts = Array.ConvertAll(Enum.GetNames<TEnum>(), JsonNamingPolicy.KebabCaseLower.ConvertName);

    public static string Format(TEnum value) =>
        Array.IndexOf(Values, value) is var index and >= 0
            ? Texts[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no value {value}.");

    public static TEnum Parse(string text) =>
        Array.IndexOf(Texts, text) is var index and >= 0
            ? Values[index]
            : throw new InvalidDataException($"The database holds '{text}', which is not a {typeof(TEnum).Name}.");
}
