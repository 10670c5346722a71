namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>The plan's names of the sensitivities (clearance, monthly_volume_by_sensitivity) and their Japanese labels.</summary>
public static class SensitivityNames
{
    public static IReadOnlyDictionary<string, Sensitivity> ByName { get; } = new Dictionary<string, Sensitivity>(StringComparer.Ordinal)
    {
        ["public"] = Sensitivity.Public,
        ["internal"] = Sensitivity.Internal,
        ["confidential"] = Sensitivity.Confidential,
    };

    /// <summary>The plan's name: public / internal / confidential.</summary>
    public static string Name(Sensitivity sensitivity) => ByName.First(n => n.Value == sensitivity).Key;

    /// <summary>公開 / 庁内限り / 機密.</summary>
    public static string Label(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Public => "公開",
        Sensitivity.Internal => "庁内限り",
        _ => "機密",
    };
}
