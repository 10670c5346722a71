namespace GaiEval.Core.Plans;

/// <summary>
/// Finds secrets written into an endpoint URL: user info (<c>user:pass@</c>) and query parameters whose name says they
/// carry a key, token, signature, password or code (case-insensitive, <c>-</c> and <c>_</c> ignored). Values are never
/// repeated: a problem names the parameter only, and <see cref="Redact"/> masks the values.
/// </summary>
public static class EndpointSecrets
{
    private const string Mask = "***";

    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "key", "apikey", "token", "accesstoken", "authtoken", "idtoken", "refreshtoken", "sig", "signature", "secret", "clientsecret",
        "password", "passwd", "pwd", "pass", "code", "auth", "authorization", "credential", "credentials", "session", "sessionid",
        "subscriptionkey", "ocpapimsubscriptionkey", "xapikey", "jwt", "bearer",
    };

    private static readonly string[] SecretSuffixes =
        ["apikey", "accesskey", "secretkey", "privatekey", "authkey", "subscriptionkey", "token", "secret", "password", "signature"];

    /// <summary>What is wrong with the URL, in Japanese, without repeating any value; null when it holds no secret.</summary>
    public static string? FindProblem(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var found = new List<string>();
        if (UserInfo(endpoint) is { Length: > 0 })
        {
            found.Add("ユーザー名・パスワード（名前:パスワード@ホスト の形）");
        }

        List<string> names = [.. QueryParameters(endpoint).Select(p => p.Name).Where(IsSecretParameter).Distinct(StringComparer.Ordinal)];
        if (names.Count > 0)
        {
            found.Add($"キーらしいクエリ（{string.Join("、", names.Select(n => n + "="))}）");
        }

        return found.Count == 0
            ? null
            : $"endpoint の URL に{string.Join("と", found)}が含まれています。URL は保存・表示されるため、秘密を書いてはいけません。"
              + "キーは環境変数に入れ、api_key_env にその変数名を書くか、http.headers に ${環境変数名} と書いてください（例: Authorization: \"Bearer ${PLATFORM_API_KEY}\"）";
    }

    /// <summary>The URL with its user info and the values of key-like query parameters masked; the URL itself when it holds none.</summary>
    public static string Redact(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (FindProblem(endpoint) is null)
        {
            return endpoint;
        }

        string text = endpoint;
        if (UserInfo(text) is { Length: > 0 } userInfo)
        {
            int start = text.IndexOf("://", StringComparison.Ordinal) + 3;
            text = string.Concat(text.AsSpan(0, start), Mask, text.AsSpan(start + userInfo.Length));
        }

        int query = text.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return text;
        }

        int fragment = text.IndexOf('#', query);
        string tail = fragment < 0 ? string.Empty : text[fragment..];
        string[] pairs = text[(query + 1)..(fragment < 0 ? text.Length : fragment)].Split('&');
        IEnumerable<string> masked = pairs.Select(pair =>
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pair : pair[..equals];
            return IsSecretParameter(Decode(name)) ? $"{name}={Mask}" : pair;
        });
        return $"{text[..(query + 1)]}{string.Join('&', masked)}{tail}";
    }

    /// <summary>Whether a query parameter of this (decoded) name carries a secret: key, token, signature, password, code….</summary>
    public static bool IsSecretParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string normal = name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return SecretNames.Contains(normal) || SecretSuffixes.Any(suffix => normal.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>The text between the scheme's <c>//</c> and the last <c>@</c> of the authority; null when there is none.</summary>
    private static string? UserInfo(string endpoint)
    {
        int start = endpoint.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += 3;
        int end = endpoint.IndexOfAny(['/', '?', '#'], start);
        string authority = end < 0 ? endpoint[start..] : endpoint[start..end];
        int at = authority.LastIndexOf('@');
        return at < 0 ? null : authority[..at];
    }

    private static IEnumerable<(string Name, string Value)> QueryParameters(string endpoint)
    {
        int query = endpoint.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            yield break;
        }

        int fragment = endpoint.IndexOf('#', query);
        foreach (string pair in endpoint[(query + 1)..(fragment < 0 ? endpoint.Length : fragment)].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0 ? (Decode(pair), string.Empty) : (Decode(pair[..equals]), pair[(equals + 1)..]);
        }
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
