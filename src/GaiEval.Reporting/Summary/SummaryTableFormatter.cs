namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Analysis;
using GaiEval.Reporting.Text;

/// <summary>The per-provider summary as a terminal table.</summary>
public static class SummaryTableFormatter
{
    public static string Format(RunSummary summary)
    {
        var table = new TextTable(SummaryColumns.Headers, SummaryColumns.RightAligned);
        foreach (ProviderSummary provider in summary.Providers)
        {
            table.Add(SummaryColumns.Cells(provider));
        }

        return table.ToString();
    }
}
