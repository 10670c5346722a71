namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// A count of staff per department against the eligible map: every department of the map appears (0 when nobody),
/// departments outside it are listed apart and never divided, and the total counts only departments of the map.
/// </summary>
public sealed record ShareOfEligible(IReadOnlyList<DepartmentRate> Departments, IReadOnlyList<DepartmentRate> UnknownDepartments, DepartmentRate Total)
{
    public const string TotalLabel = "合計";

    /// <summary>Counts distinct staff by the department each is attributed to.</summary>
    /// <param name="departmentOfStaff">Each member of staff counted, with their department.</param>
    /// <param name="eligible">Department → eligible headcount.</param>
    /// <param name="method">What is divided by what, for the estimates.</param>
    public static ShareOfEligible Of(IReadOnlyDictionary<string, string> departmentOfStaff, IReadOnlyDictionary<string, int> eligible, string method)
    {
        Dictionary<string, int> counts = departmentOfStaff.Values
            .GroupBy(d => d, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        List<DepartmentRate> known = [.. eligible.Keys.Order(StringComparer.Ordinal).Select(d =>
            Rate(d, counts.GetValueOrDefault(d), eligible[d], method))];
        List<DepartmentRate> unknown = [.. counts.Keys.Where(d => !eligible.ContainsKey(d)).Order(StringComparer.Ordinal)
            .Select(d => new DepartmentRate(d, counts[d], null, null))];
        DepartmentRate total = Rate(TotalLabel, known.Sum(r => r.Count), eligible.Values.Sum(), method);
        return new ShareOfEligible(known, unknown, total);
    }

    private static DepartmentRate Rate(string department, int count, int eligible, string method) =>
        new(department, count, eligible, eligible == 0 ? null : Estimate.Exact((double)count / eligible, count, method));
}
