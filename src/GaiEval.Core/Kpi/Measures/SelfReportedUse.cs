namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// 自己申告 (self-reported): in one wave, the share of respondents who said they used the service among those who
/// answered the question (Wilson); blanks counted apart. For when there is no usage log.
/// </summary>
public sealed record SelfReportedUse(string Wave, Estimate Share, int Blank)
{
    public const string Label = "自己申告";
}
