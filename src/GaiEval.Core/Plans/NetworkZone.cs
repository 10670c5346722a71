namespace GaiEval.Core.Plans;

/// <summary>The network a deployment is reached through (deployment.network). YAML: internet | lgwan | closed.</summary>
public enum NetworkZone
{
    /// <summary>Over the internet (a public web service, a cloud API).</summary>
    Internet,

    /// <summary>Inside LGWAN (総合行政ネットワーク), e.g. a municipal platform offered on LGWAN.</summary>
    Lgwan,

    /// <summary>A closed network of the ward's own (on-premises servers with no outside connection).</summary>
    Closed,
}
