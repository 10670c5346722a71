namespace GaiEval.Tests.Support;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// A loopback TCP proxy to a server that a test can take away and bring back: <see cref="Cut"/> drops every connection and
/// refuses new ones, as a stopped server does, without stopping the real server other tests share.
/// </summary>
public sealed class CuttableTcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stopped = new();
    private readonly List<TcpClient> open = [];
    private readonly Task accepting;
    private volatile bool cut;

    public CuttableTcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>Drops every open connection; new ones are closed as soon as they are accepted.</summary>
    public void Cut()
    {
        cut = true;
        lock (open)
        {
            foreach (TcpClient client in open)
            {
                // A reset, not a polite close: the peer sees the connection fail at once, as when a server is killed.
                client.Client?.Close(0);
                client.Dispose();
            }

            open.Clear();
        }
    }

    /// <summary>Forwards new connections again.</summary>
    public void Restore() => cut = false;

    public async ValueTask DisposeAsync()
    {
        await stopped.CancelAsync();
        listener.Stop();
        Cut();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        stopped.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopped.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopped.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (cut)
            {
                client.Dispose();
                continue;
            }

            _ = Task.Run(() => ForwardAsync(client));
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(targetHost, targetPort, stopped.Token);
            lock (open)
            {
                open.Add(client);
                open.Add(upstream);
            }

            NetworkStream down = client.GetStream();
            NetworkStream up = upstream.GetStream();
            await Task.WhenAny(down.CopyToAsync(up, stopped.Token), up.CopyToAsync(down, stopped.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection was cut or ended.
        }
        finally
        {
            lock (open)
            {
                open.Remove(client);
                open.Remove(upstream);
            }

            client.Dispose();
            upstream.Dispose();
        }
    }
}
