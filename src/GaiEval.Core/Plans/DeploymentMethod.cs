namespace GaiEval.Core.Plans;

/// <summary>導入方式. YAML: web-service | platform | cloud | on-prem | baseline.</summary>
public enum DeploymentMethod
{
    WebService,
    Platform,
    Cloud,
    OnPrem,
    Baseline,
}
