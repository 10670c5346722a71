namespace GaiEval.Providers.Adapters.Http;

using System.Text.RegularExpressions;

/// <summary>
/// Resolves <c>${NAME}</c> references in header values from the environment. The resolved values are secrets: they
/// go into requests only, never into messages; a missing variable is reported by its name.
/// </summary>
internal static partial class HeaderValues
{
    /// <summary>The headers with references replaced, and the values read from the environment (to blank out of messages).</summary>
    /// <exception cref="InvalidOperationException">A referenced variable is not set or empty.</exception>
    public static (IReadOnlyList<KeyValuePair<string, string>> Headers, IReadOnlyList<string> Secrets) Resolve(
        IReadOnlyDictionary<string, string> headers, Func<string, string?> environment, string providerId)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(environment);
        var resolved = new List<KeyValuePair<string, string>>(headers.Count);
        var secrets = new List<string>();
        foreach (var (name, template) in headers)
        {
            string value = Reference().Replace(template, match =>
            {
                string variable = match.Groups[1].Value;
                string secret = environment(variable) is { Length: > 0 } found
                    ? found
                    : throw new InvalidOperationException(
                        $"プロバイダー {providerId} のヘッダー {name} が参照する環境変数 {variable} が設定されていません。");
                secrets.Add(secret);
                return secret;
            });
            resolved.Add(new(name, value));
        }

        return (resolved, secrets);
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();
}
