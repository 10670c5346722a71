using System.Net.Sockets;
using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>The PostgreSQL errors the store tells apart (SQLSTATE codes) and how a failed connection is explained.</summary>
internal static class PostgresErrors
{
    public const string UniqueViolation = "23505";
    public const string ForeignKeyViolation = "23503";
    private const string InvalidPassword = "28P01";
    private const string InvalidAuthorization = "28000";
    private const string UnknownDatabase = "3D000";

    public static bool IsConstraint(Exception exception, string sqlState) =>
        exception is PostgresException postgres && postgres.SqlState == sqlState;

    /// <summary>The reason, in Japanese, why a connection could not be opened; null when the error is not about connecting.</summary>
    public static string? ConnectionFailure(Exception exception) => exception switch
    {
        PostgresException { SqlState: InvalidPassword or InvalidAuthorization } => "ユーザーまたはパスワードが認められませんでした",
        PostgresException { SqlState: UnknownDatabase } => "そのデータベースはサーバーにありません",
        PostgresException => null,
        NpgsqlException { InnerException: SocketException socket } => $"サーバーに届きません（{socket.SocketErrorCode}）",
        NpgsqlException { InnerException: TimeoutException } => "接続が時間内に確立しませんでした",
        NpgsqlException { InnerException: IOException } => "サーバーとの通信が切れました",
        _ => null,
    };
}
