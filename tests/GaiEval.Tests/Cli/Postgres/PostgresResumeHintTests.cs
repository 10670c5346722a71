namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Cli.Commands;

/// <summary>The resume command names a PostgreSQL store with its settings but without its password (resuming then reads PGPASSWORD or ~/.pgpass).</summary>
public sealed class PostgresResumeHintTests
{
    [Theory]
    [InlineData("postgres://eval:s3cret@db.example.lg.jp:5433/poc?search_path=ward", "gaieval run --resume x --db 'Host=db.example.lg.jp;Port=5433;Username=eval;Database=poc;Search Path=ward'")]
    [InlineData("Host=db.example.lg.jp;Database=poc;Username=eval;Password=s3cret", "gaieval run --resume x --db 'Host=db.example.lg.jp;Database=poc;Username=eval'")]
    [InlineData("sqlite:results.db", "gaieval run --resume x --db sqlite:results.db")]
    public void The_hint_shows_the_store_without_its_password(string db, string expected) =>
        Assert.Equal(expected, ResumeHint.For("x", db));

    [Fact]
    public void Without_db_the_hint_leaves_the_store_to_gaieval_db() =>
        Assert.Equal("gaieval run --resume x", ResumeHint.For("x", null));
}
