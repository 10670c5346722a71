namespace GaiEval.Core.Plans;

/// <summary>Where a deployment processes and keeps the data it is sent (deployment.data_location). YAML: domestic | overseas.</summary>
public enum DataLocation
{
    /// <summary>In Japan (国内).</summary>
    Domestic,

    /// <summary>Outside Japan, or not guaranteed to stay in Japan (国外).</summary>
    Overseas,
}
