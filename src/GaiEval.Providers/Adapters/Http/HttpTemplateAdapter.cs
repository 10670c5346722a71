namespace GaiEval.Providers.Adapters.Http;

using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>
/// Creates the generic <c>http</c> adapter for a platform product's own REST API from a profile's
/// <see cref="HttpTemplate"/>: the URL is the profile's endpoint, the body is the template with the prompt's texts
/// JSON-escaped into its placeholders (see <see cref="PromptParts"/> for which text goes where), the answer and token
/// counts come from dotted JSON paths of the reply.
/// </summary>
/// <remarks>
/// Header values may reference environment variables as <c>${NAME}</c>; they are read once, here, and are blanked out
/// of every error message. The body is sent with every method, GET included. Each adapter owns one HttpClient without
/// a timeout of its own (the resilience middleware times attempts out).
/// </remarks>
public static class HttpTemplateAdapter
{
    /// <param name="profile">A profile with an absolute http(s) endpoint and <see cref="ProviderProfile.Http"/>.</param>
    /// <param name="environment">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> in production.</param>
    /// <exception cref="InvalidOperationException">
    /// The profile lacks the endpoint or the template, the template or a path is malformed, or a referenced environment
    /// variable is not set (the message names the variable, never a value).
    /// </exception>
    public static IChatClient Create(ProviderProfile profile, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(environment);
        HttpTemplate template = profile.Http
            ?? throw new InvalidOperationException($"プロバイダー {profile.Id}: adapter http には http: {{ body: ..., answer_path: ... }} の設定が必要です。");
        Uri endpoint = Uri.TryCreate(profile.Endpoint, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"プロバイダー {profile.Id}: adapter http には http:// か https:// で始まる endpoint が必要です。");
        try
        {
            var body = BodyTemplate.Parse(template.Body);
            var reader = new ReplyReader(
                JsonPath.Parse(template.AnswerPath, "http.answer_path"),
                template.InputTokensPath is { } input ? JsonPath.Parse(input, "http.input_tokens_path") : null,
                template.OutputTokensPath is { } output ? JsonPath.Parse(output, "http.output_tokens_path") : null);
            var (headers, secrets) = HeaderValues.Resolve(template.Headers, environment, profile.Id);
            return new HttpTemplateChatClient(
                endpoint, new HttpMethod(template.Method.ToUpperInvariant()), headers, secrets, body, reader, profile.Model);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"プロバイダー {profile.Id}: {e.Message}", e);
        }
    }
}
