using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>The PostgreSQL server of a store could not be reached or refused the connection; the message names host and database.</summary>
public sealed class StoreConnectionException : Exception
{
    public StoreConnectionException(string host, int port, string database, string reason, Exception innerException)
        : base($"PostgreSQL のデータベース {database}（{host}:{port}）に接続できません: {reason}。" +
               "サーバーが動いているか、ホスト名・ポート・データベース名・ユーザーが正しいかを確かめてください。", innerException)
    {
        Host = host;
        Port = port;
        Database = database;
    }

    public string Host { get; }

    public int Port { get; }

    public string Database { get; }

    /// <summary>The failure to connect with these settings, for the reason <see cref="PostgresErrors.ConnectionFailure"/> gave.</summary>
    internal static StoreConnectionException For(NpgsqlConnectionStringBuilder settings, string reason, Exception innerException) =>
        new(settings.Host ?? string.Empty, settings.Port, settings.Database ?? string.Empty, reason, innerException);
}

