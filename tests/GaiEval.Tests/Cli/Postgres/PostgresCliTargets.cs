namespace GaiEval.Tests.Cli.Postgres;

using System.Globalization;
using GaiEval.Tests.Storage.Engines;
using Npgsql;

/// <summary>The test server's class database in the forms a user writes in --db and GAIEVAL_DB.</summary>
public static class PostgresCliTargets
{
    /// <summary>postgres://user@host:port/database, with the schema as search_path when given.</summary>
    public static string Url(PostgresTestServer server, string? schemaConnection = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(schemaConnection ?? server.ConnectionString);
        string schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : "?search_path=" + builder.SearchPath;
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}{schema}");
    }

    /// <summary>A loopback port nobody listens on (bound once, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
