namespace GaiEval.Tests.Support;

using System.Runtime.CompilerServices;

/// <summary>Finds the repository (the folder holding GaiEval.sln) and the shared test data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root([CallerFilePath] string sourceFile = "") =>
        Find(AppContext.BaseDirectory) ?? Find(Path.GetDirectoryName(sourceFile))
        ?? throw new DirectoryNotFoundException($"GaiEval.sln was not found above {AppContext.BaseDirectory} or {sourceFile}.");

    /// <summary>A file of ../shared/external (see its README.md); a missing file fails the test with its expected path.</summary>
    public static string ExternalFile(string fileName, [CallerFilePath] string sourceFile = "")
    {
        string path = Path.GetFullPath(Path.Combine(Root(sourceFile), "..", "shared", "external", fileName));
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
