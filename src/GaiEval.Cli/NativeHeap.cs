namespace GaiEval.Cli;

using System.Runtime.InteropServices;

/// <summary>
/// Gives the operating system back the native memory (the JIT compiling a method, SQLite, Skia) freed so far. glibc's malloc
/// keeps freed memory in the arena of the thread that allocated it, one arena per thread up to eight per core, and returns
/// only what lies at the top of an arena. Measured with the scale-run benchmark (3,200 items): trimming when each stage
/// starts keeps the peak about 13 MB lower (156 MB → 143 MB) for the same CPU time. Limiting the arenas (M_ARENA_MAX) does as
/// much only from the environment (MALLOC_ARENA_MAX=1): set from the command, the runtime's threads already have theirs.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns the free pages of every arena; nothing on systems other than Linux with glibc.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: its allocator returns memory by its own rules.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
