namespace GaiEval.Benchmarks.Scale;

/// <summary>
/// How the benchmarks start the gaieval command measured: a gaieval.dll (the JIT or ReadyToRun build) through <c>dotnet</c>,
/// a native executable (the Native AOT publish) directly.
/// </summary>
public static class CliCommand
{
    /// <summary>The command built by <c>dotnet build -c Release src/GaiEval.Cli</c>.</summary>
    public static string Default(string repository) =>
        Path.Combine(repository, "src", "GaiEval.Cli", "bin", "Release", "net10.0", "gaieval.dll");

    /// <summary>The program to start and its arguments, for <paramref name="cli"/> given <paramref name="arguments"/>.</summary>
    public static string[] For(string cli, params IEnumerable<string> arguments) =>
        cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", cli, .. arguments] : [cli, .. arguments];
}
