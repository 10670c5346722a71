namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Plans;

/// <summary>Japanese names of the deployment methods (導入方式).</summary>
public static class MethodNames
{
    public static string Japanese(DeploymentMethod method) => method switch
    {
        DeploymentMethod.WebService => "Webサービス",
        DeploymentMethod.Platform => "組織向けプラットフォーム",
        DeploymentMethod.Cloud => "クラウド構築",
        DeploymentMethod.OnPrem => "オンプレミス",
        DeploymentMethod.Baseline => "ベースライン",
        _ => method.ToString(),
    };
}
