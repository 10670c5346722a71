using System.Globalization;
using Npgsql;

namespace GaiEval.Storage.Location;

/// <summary>Turns the two PostgreSQL forms of a store location into one Npgsql connection string, and describes it safely.</summary>
internal static class PostgresTarget
{
    private const string Forms = "postgres://ユーザー@ホスト:ポート/データベース または Host=ホスト;Port=ポート;Database=データベース;Username=ユーザー";

    /// <summary>The URL's query keys and the Npgsql keywords they set (libpq's names, as psql takes them).</summary>
    private static readonly Dictionary<string, string> QueryKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["search_path"] = "Search Path",
    };

    public static string FromUrl(string url, string scheme, string source)
    {
        if (!scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            throw StoreLocation.Error(source, $"{scheme}:// のデータベースには対応していません。SQLite のファイルか、{Forms} を指定してください");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            throw StoreLocation.Error(source, $"PostgreSQL の URL を読めません（ホスト名がないか、形が違います）。{Forms} の形で指定してください");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.IdnHost };
        if (!uri.IsDefaultPort)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(parts[0]);
            if (!QueryKeys.TryGetValue(key, out string? keyword))
            {
                throw StoreLocation.Error(source, $"PostgreSQL の URL の「{key}」には対応していません（使えるのは {string.Join(", ", QueryKeys.Keys)}）");
            }

            builder[keyword] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return Checked(builder, source);
    }

    public static string FromKeywords(string text, string source)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            throw StoreLocation.Error(source, "PostgreSQL の接続文字列を読めません（知らないキーか、値の形が違います）");
        }

        return Checked(builder, source);
    }

    /// <summary>Host, port and database; the user name when given. Never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        string user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>The connection string without its password: what a hint or a file may show to open the same database again.</summary>
    public static string WithoutPassword(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        return builder.ConnectionString;
    }

    private static string Checked(NpgsqlConnectionStringBuilder builder, string source)
    {
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw StoreLocation.Error(source, $"PostgreSQL のホストがありません。{Forms} の形で指定してください");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw StoreLocation.Error(source, $"PostgreSQL のデータベース名がありません。{Forms} の形で指定してください");
        }

        return builder.ConnectionString;
    }
}
