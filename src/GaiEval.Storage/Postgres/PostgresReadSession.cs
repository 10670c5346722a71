namespace GaiEval.Storage.Postgres;

using Npgsql;

/// <summary>
/// Prepares a connection for the streamed reads of a run, which join its responses or scores to its items. Until the
/// autovacuum analyses the tables, PostgreSQL estimates a run it has no statistics of yet at one row and joins the two
/// with a nested loop that compares every item with every score of the run: 39 s instead of 0.07 s for 3,200 items and
/// 44,800 scores, long enough for the command to time out. Merge and hash joins do not depend on that estimate.
/// </summary>
internal static class PostgresReadSession
{
    /// <summary>Npgsql resets the session (DISCARD ALL) when the pooled connection is returned, so the setting ends with the read.</summary>
    public static async Task PrepareAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand command = new("SET enable_nestloop = off", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
