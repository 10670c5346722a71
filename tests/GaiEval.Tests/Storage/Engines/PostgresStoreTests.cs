using GaiEval.Tests.Kpi.Store;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>
/// The store tests, each class against its own PostgreSQL database and a fresh schema per test (skipped without
/// GAIEVAL_TEST_POSTGRES, failed without it in CI).
/// </summary>
public static class PostgresStoreTests
{
    public sealed class Runs(PostgresTestServer server) : ResultStoreRunTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;

    public sealed class Responses(PostgresTestServer server) : ResultStoreResponseTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;

    public sealed class Scores(PostgresTestServer server) : ResultStoreScoreTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;

    public sealed class HumanGrades(PostgresTestServer server) : ResultStoreHumanGradeTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;

    public sealed class Cache(PostgresTestServer server) : ResultStoreCacheTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;

    public sealed class Kpi(PostgresTestServer server) : KpiStoreTests(new PostgresEngineStore(server)), IClassFixture<PostgresTestServer>;
}
