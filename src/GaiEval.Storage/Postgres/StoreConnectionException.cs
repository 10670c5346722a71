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
}
