namespace GaiEval.Core.Kpi.Measures;

/// <summary>The department a row names, or 「（所属未記入）」 when it names none.</summary>
public static class DepartmentLabel
{
    public const string Blank = "（所属未記入）";

    public static string Of(string? department) => string.IsNullOrWhiteSpace(department) ? Blank : department.Trim();
}
