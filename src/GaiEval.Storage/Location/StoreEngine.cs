namespace GaiEval.Storage.Location;

/// <summary>The database engine a result store lives in.</summary>
public enum StoreEngine
{
    /// <summary>One SQLite file (the default; nothing to set up).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that many teams and runs share.</summary>
    Postgres,
}
