namespace GaiEval.Providers.Adapters.Ollama;

using System.Net;
using OllamaSharp;
using OllamaSharp.Models;

/// <summary>
/// OllamaSharp's client with streamed responses tied to the call's cancellation token: cancelling disposes the
/// response, which aborts the connection and ends a read that is blocked waiting for the next chunk.
/// </summary>
/// <remarks>
/// OllamaSharp reads the stream with <see cref="StreamReader.EndOfStream"/>, a blocking read that no token reaches, so
/// a model that stalls mid-answer would otherwise outlive the per-attempt timeout. The token has to be the caller's:
/// the one an HttpClient hands its handlers is released once the headers are in.
/// </remarks>
internal sealed class CancellableOllamaApiClient(HttpClient http, string model) : OllamaApiClient(http, model, OllamaJsonContext.Default)
{
    protected override async Task<HttpResponseMessage> SendToOllamaAsync(
        HttpRequestMessage requestMessage, OllamaRequest? ollamaRequest, HttpCompletionOption completionOption, CancellationToken cancellationToken)
    {
        var response = await base.SendToOllamaAsync(requestMessage, ollamaRequest, completionOption, cancellationToken).ConfigureAwait(false);
        if (cancellationToken.CanBeCanceled)
        {
            var content = response.Content;
            var registration = cancellationToken.Register(static state => ((HttpContent)state!).Dispose(), content);
            response.Content = new CancellationBoundContent(content, registration);
        }

        return response;
    }

    /// <summary>The original content, with the cancellation registration released when the response is disposed.</summary>
    private sealed class CancellationBoundContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly CancellationTokenRegistration registration;

        public CancellationBoundContent(HttpContent inner, CancellationTokenRegistration registration)
        {
            this.inner = inner;
            this.registration = registration;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            inner.CopyToAsync(stream, cancellationToken);

        protected override Task<Stream> CreateContentReadStreamAsync() => inner.ReadAsStreamAsync();

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => inner.ReadAsStreamAsync(cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                registration.Dispose();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
