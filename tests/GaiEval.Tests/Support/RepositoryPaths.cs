namespace GaiEval.Tests.Support;

using System.Runtime.CompilerServices;

/// <summary>Finds the repository (the folder holding GaiEval.sln) and the shared test data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root([CallerFilePath] string sourceFile = "") =>
        Find(AppContext.BaseDirectory) ?? Find(Path.GetDirectoryName(sourceFile))
        ?? throw new DirectoryNotFoundException($"GaiEval.sln was not found above {AppContext.BaseDirectory} or {sourceFile}.");

    /// <summary>../shared/external beside the repository: on the team's machines and in CI, not in a user's plain clone.</summary>
    public static string ExternalFolder([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Root(sourceFile), "..", "shared", "external"));

    public static bool HasExternalFolder([CallerFilePath] string sourceFile = "") => Directory.Exists(ExternalFolder(sourceFile));

    /// <summary>
    /// A file of ../shared/external (see its README.md). When the folder is absent (a plain clone) the calling test is
    /// skipped with a message naming it (the test must be a SkippableFact or SkippableTheory); .ci/run fails in CI
    /// when the folder is missing, so there the tests always run. A missing file in a present folder fails the test.
    /// </summary>
    public static string ExternalFile(string fileName, [CallerFilePath] string sourceFile = "")
    {
        string folder = ExternalFolder(sourceFile);
        Skip.IfNot(Directory.Exists(folder), $"{folder} is absent (a plain clone): this test needs the shared test data and is skipped.");
        string path = Path.Combine(folder, fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Test data {fileName} is missing: expected it at {path} (see shared/external/README.md).", path);
    }

    private static string? Find(string? start)
    {
        for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GaiEval.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
