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

    /// <summary>admin_shutdown, crash_shutdown, cannot_connect_now: the server ended the session or is starting.</summary>
    private static readonly string[] ServerGoingAway = ["57P01", "57P02", "57P03"];

    /// <summary>An error that may pass when the same work is tried again on a new connection.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is NpgsqlException npgsql && (npgsql.IsTransient || npgsql is PostgresException { SqlState: var state } && ServerGoingAway.Contains(state));

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
