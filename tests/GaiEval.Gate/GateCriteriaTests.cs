namespace GaiEval.Gate;

using Xunit.Abstractions;

/// <summary>
/// The go/no-go criteria as tests (DESIGN.md "Verdict"): one result per criterion of every candidate provider, failing
/// for a required criterion that is not PASS. Configured by eval.runsettings; without it, one passing result says so.
/// </summary>
public sealed class GateCriteriaTests(ITestOutputHelper output)
{
    public static TheoryData<GateCase> Cases() => [.. GateSession.Cases];

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Criterion(GateCase gate)
    {
        output.WriteLine(gate.Explanation);
        if (gate.Failure is { } failure)
        {
            Assert.Fail(failure);
        }
    }
}
