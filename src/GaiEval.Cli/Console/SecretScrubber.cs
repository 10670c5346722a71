namespace GaiEval.Cli.Console;

using System.Collections;
using System.Text.RegularExpressions;
using GaiEval.Core.Plans;

/// <summary>
/// Blanks secrets in a text before it is written anywhere: the values of key-like environment variables (by name, or
/// any long value shaped like a key), <c>Bearer …</c>, key headers (<c>api-key</c>, <c>Authorization</c> …), passwords
/// of connection strings, user info of URLs and the query parameters <see cref="EndpointSecrets"/> calls secret.
/// </summary>
internal static partial class SecretScrubber
{
    public const string Mask = "***";

    /// <summary>Variables whose names look secret but hold the shell's folders and the X display's cookie file.</summary>
    private static readonly HashSet<string> NotSecret = new(StringComparer.OrdinalIgnoreCase) { "PWD", "OLDPWD", "XAUTHORITY" };

    /// <summary>Secrets shorter than this are not searched for: they would blank ordinary words.</summary>
    private const int ShortestSecret = 8;

    public static string Scrub(string text, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (string secret in SecretValues(environment).OrderByDescending(v => v.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = BearerToken().Replace(text, "$1" + Mask);
        text = KeyHeader().Replace(text, "$1" + Mask);
        text = ConnectionPassword().Replace(text, "$1" + Mask);
        text = UrlUserInfo().Replace(text, "$1" + Mask + "@");
        return QueryParameter().Replace(
            text,
            m => EndpointSecrets.IsSecretParameter(Uri.UnescapeDataString(m.Groups[2].Value)) ? m.Groups[1].Value + m.Groups[2].Value + "=" + Mask : m.Value);
    }

    private static IEnumerable<string> SecretValues(IDictionary environment)
    {
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && !NotSecret.Contains(name) && entry.Value is string { Length: >= ShortestSecret } value
                && (SecretName().IsMatch(name) || KeyShaped().IsMatch(value)))
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex("KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|CONNECTION|CONNSTR|SIGNATURE|SAS", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    /// <summary>A value that looks like a key whatever its variable is called: 20+ characters of letters and digits (with - _ . ~ + / =), no path.</summary>
    [GeneratedRegex(@"^(?=.*[A-Za-z])(?=.*[0-9])(?!/)[A-Za-z0-9\-_.~+/=]{20,}$")]
    private static partial Regex KeyShaped();

    [GeneratedRegex(@"(\bBearer\s+)[^\s""',;]+", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(\b(?:api[-_]?key|x-api-key|ocp-apim-subscription-key|authorization|subscription[-_]?key)[""']?\s*[:=]\s*[""']?)(?!Bearer\b)[^\s""',;&]+", RegexOptions.IgnoreCase)]
    private static partial Regex KeyHeader();

    [GeneratedRegex(@"(\b(?:password|pwd|passwd)\s*=\s*)[^;""'\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"(\b[a-z][a-z0-9+.\-]*://)[^/\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlUserInfo();

    /// <summary>A query parameter with a value; whether it is secret is <see cref="EndpointSecrets"/>' call, as for endpoints.</summary>
    [GeneratedRegex(@"([?&])([^=&\s""'?#]+)=[^&\s""'#]+")]
    private static partial Regex QueryParameter();
}
