namespace GaiEval.Core.Plans;

using System.Text.RegularExpressions;

/// <summary>
/// Checks <c>api_key_env</c>: it must be the NAME of an environment variable. A value that looks like a key itself is
/// refused. No message repeats the value, so that a secret is never echoed into logs.
/// </summary>
internal static partial class ApiKeyEnvCheck
{
    private static readonly string[] KeyPrefixes =
        ["sk-", "sk_", "pk-", "rk_", "ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-", "AIza", "hf_", "eyJ", "Bearer "];

    /// <summary>The problem in Japanese, or null when <paramref name="value"/> is a variable name.</summary>
    public static string? FindProblem(string value)
    {
        if (LooksLikeKey(value))
        {
            return "API キーそのものが書かれているようです。キーは環境変数に入れ、plan には環境変数の名前（例: OPENAI_API_KEY）だけを書いてください。キーを plan に書いてはいけません";
        }

        return VariableName().IsMatch(value)
            ? null
            : "環境変数の名前を書いてください。英大文字・数字・_ だけで、数字で始めない名前です（例: OPENAI_API_KEY）";
    }

    /// <summary>True when an HTTP header value holds a literal secret instead of a <c>${NAME}</c> reference.</summary>
    public static bool HeaderHoldsKey(string headerValue) =>
        VariableReference().Replace(headerValue, string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(token => token != "Bearer" && LooksLikeKey(token));

    /// <summary>
    /// <paramref name="text"/> with every run that starts as a known kind of key does replaced by a notice: an error
    /// message that quotes what the user wrote must never carry a key pasted into the wrong field into a console or a log.
    /// </summary>
    public static string Redact(string text) => KeyRun().Replace(text, "（キーらしい値のため表示しません）");

    /// <summary>True when <paramref name="value"/> starts as a known kind of key does (sk-, ghp_, AIza, an AWS access key, ...), wherever it is written.</summary>
    public static bool StartsLikeKey(string value) =>
        KeyPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.Ordinal)) || AwsAccessKey().IsMatch(value);

    private static bool LooksLikeKey(string value)
    {
        if (StartsLikeKey(value))
        {
            return true;
        }

        if (value.Any(char.IsWhiteSpace) || !value.Any(char.IsAsciiDigit) || !value.Any(char.IsAsciiLetter))
        {
            return false;
        }

        return VariableName().IsMatch(value)
            ? value.Length >= 24 && !value.Contains('_', StringComparison.Ordinal)
            : value.Length >= 16;
    }

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"\$\{[A-Za-z_][A-Za-z0-9_]*\}")]
    private static partial Regex VariableReference();

    [GeneratedRegex("^(AKIA|ASIA)[A-Z0-9]{16}$")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:sk-|sk_|pk-|rk_|ghp_|gho_|github_pat_|xoxb-|xoxp-|AIza|hf_|eyJ)[A-Za-z0-9_\-\.]{8,}|(?:AKIA|ASIA)[A-Z0-9]{16}")]
    private static partial Regex KeyRun();
}
