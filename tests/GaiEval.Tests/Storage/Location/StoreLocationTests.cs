using GaiEval.Core.Inputs;
using GaiEval.Storage.Location;
using Npgsql;

namespace GaiEval.Tests.Storage.Location;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("reports/gaieval.db", "reports/gaieval.db")]
    [InlineData("/var/lib/gaieval/results.db", "/var/lib/gaieval/results.db")]
    [InlineData(@"C:\gaieval\results.db", @"C:\gaieval\results.db")]
    [InlineData("sqlite:reports/team.db", "reports/team.db")]
    [InlineData("SQLite:/tmp/x.db", "/tmp/x.db")]
    [InlineData("  reports/a;b=c.db  ", "reports/a;b=c.db")]
    public void A_path_or_a_sqlite_prefix_names_a_sqlite_file(string text, string path)
    {
        StoreLocation location = StoreLocation.Parse(text, "--db");

        Assert.Equal(new StoreLocation(StoreEngine.Sqlite, path), location);
        Assert.Equal(path, location.Display);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_every_part()
    {
        StoreLocation location = StoreLocation.Parse(
            "postgres://poc%40midori:p%3Ass@db.midori.lg.jp:6543/gaieval_poc?sslmode=require&application_name=gaieval", "--db");

        Assert.Equal(StoreEngine.Postgres, location.Engine);
        var settings = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal(
            ("db.midori.lg.jp", 6543, "gaieval_poc", "poc@midori", "p:ss", SslMode.Require, "gaieval"),
            (settings.Host, settings.Port, settings.Database, settings.Username, settings.Password, settings.SslMode, settings.ApplicationName));
    }

    [Fact]
    public void A_postgresql_url_without_port_or_user_uses_the_default_port_and_shows_no_password()
    {
        StoreLocation location = StoreLocation.Parse("postgresql://localhost/gaieval", "GAIEVAL_DB");

        var settings = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal(("localhost", 5432, "gaieval", null), (settings.Host, settings.Port, settings.Database, settings.Password));
        Assert.Equal("postgres://localhost:5432/gaieval", location.Display);
    }

    [Fact]
    public void The_display_of_a_location_never_holds_its_password()
    {
        StoreLocation url = StoreLocation.Parse("postgres://team:s3cret-key@db:5433/poc", "--db");
        StoreLocation keywords = StoreLocation.Parse("Host=db;Port=5433;Database=poc;Username=team;Password=s3cret-key", "--db");

        Assert.Equal("postgres://team@db:5433/poc", url.Display);
        Assert.Equal("postgres://team@db:5433/poc", keywords.Display);
        Assert.DoesNotContain("s3cret", url.Display + keywords.Display);
    }

    [Theory]
    [InlineData("Host=db.local;Database=gaieval;Username=poc")]
    [InlineData("host = db.local ; database = gaieval")]
    [InlineData("Database=gaieval;Server=db.local")]
    public void A_keyword_string_with_a_host_names_postgres(string text)
    {
        StoreLocation location = StoreLocation.Parse(text, "--db");

        Assert.Equal(StoreEngine.Postgres, location.Engine);
        var settings = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal(("db.local", "gaieval"), (settings.Host, settings.Database));
    }

    [Theory]
    [InlineData("", "空です")]
    [InlineData("sqlite:", "パスがありません")]
    [InlineData("mysql://db/gaieval", "mysql:// のデータベースには対応していません")]
    [InlineData("postgres://db.local", "データベース名がありません")]
    [InlineData("postgres://db.local/gaieval?pool=yes", "「pool」には対応していません")]
    [InlineData("Host=db.local;Username=poc", "データベース名がありません")]
    [InlineData("Host=db.local;Database=x;Colour=blue", "接続文字列を読めません")]
    public void Text_that_names_no_store_is_bad_input_naming_where_it_came_from(string text, string reason)
    {
        InputException error = Assert.Throws<InputException>(() => StoreLocation.Parse(text, "GAIEVAL_DB"));

        InputError only = Assert.Single(error.Errors);
        Assert.Equal(("GAIEVAL_DB", "GAIEVAL_DB"), (only.File, only.Field));
        Assert.Contains(reason, only.Message);
    }

    [Fact]
    public void A_bad_url_is_reported_without_its_password()
    {
        InputException error = Assert.Throws<InputException>(() => StoreLocation.Parse("postgres://poc:s3cret@db.local", "--db"));

        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void The_option_wins_over_the_environment_and_the_environment_over_the_default()
    {
        Assert.Equal(
            new StoreLocation(StoreEngine.Sqlite, "mine.db"),
            StoreLocation.Resolve("mine.db", "postgres://db/gaieval", "reports/gaieval.db"));
        Assert.Equal(StoreEngine.Postgres, StoreLocation.Resolve(null, "postgres://db/gaieval", "reports/gaieval.db").Engine);
        Assert.Equal(new StoreLocation(StoreEngine.Sqlite, "reports/gaieval.db"), StoreLocation.Resolve(null, null, "reports/gaieval.db"));
        Assert.Equal(new StoreLocation(StoreEngine.Sqlite, "reports/gaieval.db"), StoreLocation.Resolve(null, "  ", "reports/gaieval.db"));
    }

    [Fact]
    public void A_bad_environment_value_is_reported_as_the_environment_variable()
    {
        InputException error = Assert.Throws<InputException>(() => StoreLocation.Resolve(null, "redis://cache/0", "reports/gaieval.db"));

        Assert.Equal(StoreLocation.EnvironmentVariable, Assert.Single(error.Errors).Field);
    }
}
