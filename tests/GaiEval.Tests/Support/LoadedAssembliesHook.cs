/// <summary>
/// A startup hook (DOTNET_STARTUP_HOOKS = this test assembly) for a gaieval process a test starts: when the process ends,
/// writes the names of the assemblies it loaded, one a line, to the file named by <see cref="FileVariable"/>.
/// The runtime looks for this class by its name in the global namespace.
/// </summary>
internal static class StartupHook
{
    public const string FileVariable = "GAIEVAL_TEST_LOADED_ASSEMBLIES";

    public static void Initialize()
    {
        string? file = Environment.GetEnvironmentVariable(FileVariable);
        if (file is null)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(file, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? string.Empty));
    }
}
