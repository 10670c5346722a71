namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary><c>economics.monthly_volume_by_sensitivity</c>: read per sensitivity, absent as null, each wrong entry at its line and field.</summary>
public sealed class MonthlyVolumeBySensitivityTests : IDisposable
{
    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_the_volume_of_each_sensitivity()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "economics:\n  monthly_volume_by_sensitivity: { public: 4000, internal: 2000, confidential: 650 }\n");

        Assert.Equal(
            new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Internal] = 2000, [Sensitivity.Confidential] = 650 },
            plan.Economics!.MonthlyVolumeBySensitivity);
    }

    [Fact]
    public void Keeps_a_partial_list_as_given_and_leaves_an_absent_one_null()
    {
        EvalPlan partial = folder.Load(PlanFolder.Minimal + "economics:\n  monthly_volume_by_sensitivity: { internal: 0 }\n");
        EvalPlan absent = folder.Load(PlanFolder.Minimal + "economics:\n  hourly_cost: 4000\n");

        Assert.Equal(new Dictionary<Sensitivity, double> { [Sensitivity.Internal] = 0 }, partial.Economics!.MonthlyVolumeBySensitivity);
        Assert.Null(absent.Economics!.MonthlyVolumeBySensitivity);
    }

    [Fact]
    public void Reports_an_unknown_sensitivity_at_its_line_with_the_names_there_are()
    {
        InputError error = folder.SingleError(
            PlanFolder.Minimal + "economics:\n  monthly_volume_by_sensitivity:\n    public: 4000\n    secret: 10\n",
            11,
            "economics.monthly_volume_by_sensitivity.secret",
            "public | internal | confidential");

        Assert.DoesNotContain("ですか", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_the_sensitivity_a_misspelt_name_is_closest_to()
    {
        folder.SingleError(
            PlanFolder.Minimal + "economics:\n  monthly_volume_by_sensitivity: { publc: 4000 }\n",
            9,
            "economics.monthly_volume_by_sensitivity.publc",
            "「public」のことですか");
    }

    [Fact]
    public void Rejects_a_negative_volume()
    {
        folder.SingleError(
            PlanFolder.Minimal + "economics:\n  monthly_volume_by_sensitivity:\n    internal: -5\n",
            10,
            "economics.monthly_volume_by_sensitivity.internal",
            "0 以上");
    }
}
