using System.Text.RegularExpressions;
using GaiEval.Core.Inputs;

namespace GaiEval.Storage.Location;

/// <summary>
/// Where the results are kept, as the user wrote it in <c>--db</c> or <c>GAIEVAL_DB</c>: a file path or <c>sqlite:PATH</c>
/// (SQLite), a URL <c>postgres://user@host:port/db</c> or a keyword string <c>Host=…;Database=…</c> (PostgreSQL).
/// </summary>
/// <param name="Engine">The engine.</param>
/// <param name="Target">SQLite: the file path as given. PostgreSQL: an Npgsql connection string.</param>
public sealed partial record StoreLocation(StoreEngine Engine, string Target)
{
    /// <summary>The environment variable read when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "GAIEVAL_DB";

    private const string SqlitePrefix = "sqlite:";

    /// <summary>What to show the user: the SQLite path, or host, port and database (never a password).</summary>
    public string Display => Engine == StoreEngine.Sqlite ? Target : PostgresTarget.Describe(Target);

    /// <summary>
    /// What a printed command or a file may hold to open the same store again: the SQLite path, or the PostgreSQL connection
    /// string with every setting but the password (which then comes from PGPASSWORD or ~/.pgpass).
    /// </summary>
    public string WithoutPassword => Engine == StoreEngine.Sqlite ? Target : PostgresTarget.WithoutPassword(Target);

    /// <summary>
    /// The location from <c>--db</c> when given, else from <see cref="EnvironmentVariable"/> when set, else the default file.
    /// </summary>
    /// <exception cref="InputException">The text names no location GaiEval can open (the message names where it came from).</exception>
    public static StoreLocation Resolve(string? option, string? environment, string defaultPath)
    {
        if (option is not null)
        {
            return Parse(option, "--db");
        }

        return string.IsNullOrWhiteSpace(environment) ? new StoreLocation(StoreEngine.Sqlite, defaultPath) : Parse(environment, EnvironmentVariable);
    }

    /// <param name="text">The location as written.</param>
    /// <param name="source">Where it was written (<c>--db</c>, <c>GAIEVAL_DB</c>), for the error message.</param>
    /// <exception cref="InputException">The text names no location GaiEval can open.</exception>
    public static StoreLocation Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw Error(source, "データベースの場所が空です。ファイルのパス、sqlite:パス、postgres://ユーザー@ホスト:ポート/データベース、Host=…;Database=… のどれかを指定してください");
        }

        if (trimmed.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase))
        {
            string path = trimmed[SqlitePrefix.Length..];
            return path.Length > 0 ? new StoreLocation(StoreEngine.Sqlite, path) : throw Error(source, "sqlite: の後にデータベースファイルのパスがありません");
        }

        if (UrlScheme().Match(trimmed) is { Success: true } scheme)
        {
            return new StoreLocation(StoreEngine.Postgres, PostgresTarget.FromUrl(trimmed, scheme.Groups[1].Value, source));
        }

        if (KeywordForm().IsMatch(trimmed))
        {
            return new StoreLocation(StoreEngine.Postgres, PostgresTarget.FromKeywords(trimmed, source));
        }

        return new StoreLocation(StoreEngine.Sqlite, trimmed);
    }

    internal static InputException Error(string source, string message) => new(source, 0, source, message);

    // A scheme of two letters or more, so that a Windows drive (C:\…) stays a path.
    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]+)://")]
    private static partial Regex UrlScheme();

    // "Host=" or "Server=" as a key of a keyword string: a file path does not start so, nor holds ";Host=".
    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordForm();
}
