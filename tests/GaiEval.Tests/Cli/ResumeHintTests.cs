namespace GaiEval.Tests.Cli;

using GaiEval.Cli.Commands;

/// <summary>
/// The resume command names the database and output folder only when they are not the defaults, quoted for the shell.
/// RunStopTests pastes a printed one into bash.
/// </summary>
public sealed class ResumeHintTests
{
    [Theory]
    [InlineData("x", "reports/gaieval.db", "reports", "gaieval run --resume x")]
    [InlineData("x", "my results/区の結果.db", "out dir", "gaieval run --resume x --db 'my results/区の結果.db' --out 'out dir'")]
    [InlineData("x", "/tmp/o'brien.db", "reports", @"gaieval run --resume x --db '/tmp/o'\''brien.db'")]
    [InlineData("x", "results.db", "/srv/reports", "gaieval run --resume x --db results.db --out /srv/reports")]
    public void The_hint_names_only_what_is_not_the_default_and_quotes_it(string runId, string db, string output, string expected) =>
        Assert.Equal(expected, ResumeHint.For(runId, db, output));

    [Theory]
    [InlineData("reports/rounds", "reports/gaieval.db", "gaieval round run 2026-第1回 --plan round.yaml --submissions subs")]
    [InlineData("ward rounds", "r.db", "gaieval round run 2026-第1回 --plan round.yaml --submissions subs --db r.db --dir 'ward rounds'")]
    public void A_round_resumes_through_its_own_command_with_its_dir_and_db(string dir, string db, string expected) =>
        Assert.Equal(expected, ResumeHint.ForRound("2026-第1回", "round.yaml", "subs", dir, db));
}
