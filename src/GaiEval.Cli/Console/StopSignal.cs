namespace GaiEval.Cli.Console;

using System.Runtime.InteropServices;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a stop of the command: <see cref="Token"/> is cancelled at once (no new call is
/// started, scoring and reports stop between steps) and <see cref="Overdue"/> completes <see cref="Deadline"/> later, when
/// the process ends whatever is still running (what is committed stays committed, as after a kill). A second signal ends
/// the process at once, as it would without this handler.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    /// <summary>From the signal to the end of the process at the latest.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1.5);

    private static string? resumeCommand;
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource overdue = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration[] registrations;
    private int signals;

    private StopSignal()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => stop.Token;

    public Task Overdue => overdue.Task;

    /// <summary>The command that resumes the stopped work, named in the message when the deadline ends the process.</summary>
    public static string? ResumeCommand
    {
        get => Volatile.Read(ref resumeCommand);
        set => Volatile.Write(ref resumeCommand, value);
    }

    public static StopSignal Register() => new();

    /// <summary>What is printed when the deadline ends the process before the command stopped by itself.</summary>
    public static string OverdueMessage() => ResumeCommand is { } command
        ? $"中断しました（片付けが {Deadline.TotalSeconds:0.0} 秒で終わらないため、ここで終了します）。保存済みの結果は失われていません。再開するには: {command}"
        : $"中断しました（片付けが {Deadline.TotalSeconds:0.0} 秒で終わらないため、ここで終了します）。保存済みの結果は失われていません。";

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in registrations)
        {
            registration.Dispose();
        }

        stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref signals) > 1)
        {
            return;
        }

        context.Cancel = true;
        _ = Task.Delay(Deadline).ContinueWith(_ => overdue.TrySetResult(), TaskScheduler.Default);
        _ = stop.CancelAsync();
    }
}
