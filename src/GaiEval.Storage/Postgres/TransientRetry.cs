namespace GaiEval.Storage.Postgres;

/// <summary>
/// Tries an operation again after a transient PostgreSQL error (a dropped or refused connection, a server restarting, a
/// serialization failure), at most <see cref="Attempts"/> times with growing pauses.
/// </summary>
internal static class TransientRetry
{
    public const int Attempts = 3;

    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800)];

    /// <param name="operation">The operation; each attempt runs it from the start.</param>
    /// <param name="mayRetry">Whether this failure may be tried again (it is transient, and nothing of it can have been kept).</param>
    /// <param name="cancellationToken">Cancels the pauses.</param>
    public static async Task<T> RunAsync<T>(Func<Task<T>> operation, Func<Exception, bool> mayRetry, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await operation().ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < Attempts && mayRetry(exception))
            {
                await Task.Delay(Pauses[attempt - 1], cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
