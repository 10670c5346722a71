namespace GaiEval.Providers.Adapters.Http;

/// <summary>
/// Throws <see cref="ProviderHttpException"/> for every response with an error status, with the server's Retry-After,
/// before the client library above reads the response. Secrets (header values) are blanked out of the message.
/// </summary>
internal sealed class ProviderHttpErrorHandler(
    string provider, IReadOnlyCollection<string> secrets, TimeProvider time, HttpMessageHandler innerHandler)
    : DelegatingHandler(innerHandler)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ProviderHttpFailures.FromResponseAsync(provider, response, secrets, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An HttpClient over this handler, with no timeout of its own: the resilience middleware times attempts out.</summary>
    /// <param name="provider">Names the provider in messages.</param>
    /// <param name="secrets">Values to blank out of messages.</param>
    /// <param name="baseAddress">The client's base address.</param>
    public static HttpClient CreateClient(string provider, IReadOnlyCollection<string> secrets, Uri baseAddress)
    {
        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // A response given up half-read (a cancelled stream) closes its connection at once instead of draining it.
            MaxResponseDrainSize = 0,
        };
        return new(new ProviderHttpErrorHandler(provider, secrets, TimeProvider.System, transport), disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
