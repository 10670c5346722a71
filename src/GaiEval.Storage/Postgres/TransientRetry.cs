using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>
/// Tries an operation again after a transient PostgreSQL error (a dropped connection, a failover, a serialization failure),
/// at most <see cref="Attempts"/> times with growing pauses. Used only where trying again cannot store anything twice.
/// </summary>
internal static class TransientRetry
{
    public const int Attempts = 3;

    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800)];

    public static async Task<T> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await operation().ConfigureAwait(false);
            }
            catch (NpgsqlException exception) when (exception.IsTransient && attempt < Attempts)
            {
                await Task.Delay(Pauses[attempt - 1], cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
