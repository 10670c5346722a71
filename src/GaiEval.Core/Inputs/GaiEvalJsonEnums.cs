using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;

namespace GaiEval.Core.Inputs;

/// <summary>
/// The kebab-case converter of every enum that appears in GaiEval's JSON, one per type (the non-generic
/// <see cref="JsonStringEnumConverter"/> builds its converters at run time, which Native AOT cannot).
/// </summary>
public static class GaiEvalJsonEnums
{
    /// <summary>The converters of the enums in the types of <see cref="GaiEvalJsonContext"/>.</summary>
    public static IEnumerable<JsonConverter> Converters() =>
    [
        Kebab<KpiKind>(),
        Kebab<BandPoint>(),
        Kebab<Expectation>(),
        Kebab<ItemSplit>(),
        Kebab<RiskCategory>(),
        Kebab<Sensitivity>(),
        Kebab<CustomisationLevel>(),
        Kebab<DataLocation>(),
        Kebab<DeploymentMethod>(),
        Kebab<NetworkZone>(),
        Kebab<SubmissionKind>(),
    ];

    /// <summary>The converter of <typeparamref name="TEnum"/>: kebab-case names, numbers refused.</summary>
    public static JsonConverter Kebab<TEnum>()
        where TEnum : struct, Enum =>
        new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
}
