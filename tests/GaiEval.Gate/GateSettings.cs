namespace GaiEval.Gate;

using System.Runtime.CompilerServices;

/// <summary>
/// What to judge, from the environment (eval.runsettings sets it): GAIEVAL_GATE_PLAN, a plan to run and then judge; or
/// GAIEVAL_GATE_RUN_ID, a stored run in GAIEVAL_GATE_DB (default reports/gaieval.db). Relative paths are taken from the
/// repository root (the folder holding GaiEval.sln, above the test output or the source), as on the command line there.
/// </summary>
public sealed record GateSettings(string? Plan, string? RunId, string Database, bool DatabaseGiven)
{
    public const string PlanVariable = "GAIEVAL_GATE_PLAN";
    public const string RunIdVariable = "GAIEVAL_GATE_RUN_ID";
    public const string DatabaseVariable = "GAIEVAL_GATE_DB";
    public const string DefaultDatabase = "reports/gaieval.db";

    public bool IsConfigured => Plan is not null || RunId is not null;

    public static GateSettings FromEnvironment()
    {
        string? database = Read(DatabaseVariable);
        return new GateSettings(
            Read(PlanVariable) is { } plan ? Resolve(plan) : null,
            Read(RunIdVariable),
            Resolve(database ?? DefaultDatabase),
            database is not null);
    }

    private static string? Read(string name) => Environment.GetEnvironmentVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Resolve(string path) =>
        Path.GetFullPath(Path.Combine(RepositoryRoot(AppContext.BaseDirectory) ?? RepositoryRoot(SourceFolder()) ?? Directory.GetCurrentDirectory(), path));

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? string.Empty;

    private static string? RepositoryRoot(string start)
    {
        for (var directory = start.Length == 0 ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GaiEval.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
