namespace GaiEval.Core.Running;

using System.Security.Cryptography;

/// <summary>Run ids sort by start time and are safe as folder names: 20261127-183400-3f9a.</summary>
public static class RunIds
{
    public static string New(DateTimeOffset now) =>
        $"{now.UtcDateTime:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}";
}
