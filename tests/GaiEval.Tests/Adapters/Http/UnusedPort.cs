namespace GaiEval.Tests.Adapters.Http;

using System.Net;
using System.Net.Sockets;

/// <summary>An address on 127.0.0.1 where nothing listens, so a connection is refused.</summary>
internal static class UnusedPort
{
    public static Uri Address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
