using GaiEval.Storage.Location;

namespace GaiEval.Storage;

/// <summary>The schema of a store as it is now, before any command migrates it.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="Location">Where the store is (<see cref="StoreLocation.Display"/>: never a password).</param>
/// <param name="Exists">False for a SQLite file not yet made (the first command that writes makes it).</param>
/// <param name="Version">The schema version (0: empty).</param>
/// <param name="LatestVersion">The version this GaiEval migrates to.</param>
/// <param name="Pending">The migrations not yet applied, by name, in order.</param>
public sealed record SchemaStatus(StoreEngine Engine, string Location, bool Exists, int Version, int LatestVersion, IReadOnlyList<string> Pending)
{
    /// <summary>The store was written by a newer GaiEval (this one refuses to open it).</summary>
    public bool Newer => Version > LatestVersion;
}
