namespace GaiEval.Providers.Preflight;

using System.Net.Sockets;

/// <summary>Checks that an endpoint's host accepts TCP connections, so an unreachable provider is named before the run.</summary>
/// <remarks>
/// Behind an HTTP proxy (HTTPS_PROXY / HTTP_PROXY set) the host is not reachable directly by design, so the probe is
/// skipped and the first call tells.
/// </remarks>
public sealed class EndpointProbe(Func<string, string?> environment, TimeSpan timeout)
{
    public static EndpointProbe Default { get; } = new(Environment.GetEnvironmentVariable, TimeSpan.FromSeconds(5));

    /// <summary>Null when reachable (or not checked); otherwise why not.</summary>
    public async Task<string?> FindProblemAsync(string endpoint, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || BehindProxy())
        {
            return null;
        }

        using var client = new TcpClient();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(uri.Host, uri.Port, deadline.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{uri.Host}:{uri.Port} に {timeout.TotalSeconds:0}秒以内に接続できません";
        }
        catch (SocketException e)
        {
            return $"{uri.Host}:{uri.Port} に接続できません（{e.SocketErrorCode}）";
        }
    }

    private bool BehindProxy() =>
        !string.IsNullOrEmpty(environment("HTTPS_PROXY") ?? environment("https_proxy") ?? environment("HTTP_PROXY") ?? environment("http_proxy"));
}
