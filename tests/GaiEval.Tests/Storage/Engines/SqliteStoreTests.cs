using GaiEval.Tests.Kpi.Store;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>The store tests, each class against a new SQLite file per test.</summary>
public static class SqliteStoreTests
{
    public sealed class Runs() : ResultStoreRunTests(new SqliteEngineStore());

    public sealed class Responses() : ResultStoreResponseTests(new SqliteEngineStore());

    public sealed class Scores() : ResultStoreScoreTests(new SqliteEngineStore());

    public sealed class HumanGrades() : ResultStoreHumanGradeTests(new SqliteEngineStore());

    public sealed class Cache() : ResultStoreCacheTests(new SqliteEngineStore());

    public sealed class Kpi() : KpiStoreTests(new SqliteEngineStore());
}
