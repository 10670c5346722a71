namespace GaiEval.Reporting.Json;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Reporting;

/// <summary>
/// Writes analysis.json: the whole report model for other tools, with a <c>schema_version</c>, in GaiEval's JSON
/// convention (snake_case, kebab-case enums). Item texts and answers stay in results.csv.
/// </summary>
public sealed class AnalysisJsonWriter : IReportWriter
{
    /// <summary>GaiEval's indented options' metadata; a figure that is not a number (NaN) is written as the string "NaN" rather than failing.</summary>
    private static readonly JsonTypeInfo<AnalysisDocument> Metadata = GaiEvalJson.Info<AnalysisDocument>(
        new JsonSerializerOptions(ReportJson.Indented) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals });

    public string FileName => "analysis.json";

    public static AnalysisDocument Document(RunReport report) => new()
    {
        Run = RunFacts.Of(report.Results.Run),
        Items = [.. report.Results.Items.Select(ItemFacts.Of)],
        Providers = [.. report.Results.Plan.Providers.Select(ProviderFacts.Of)],
        Summary = report.Summary.Providers,
        Analysis = report.Analysis,
        Economics = report.Economics,
        Decision = report.Decision is { } decision ? DecisionFacts.Of(decision) : null,
        ScoringReliability = report.Reliability,
        Kpis = report.Kpi is { } kpi ? KpiFacts.Of(kpi) : null,
        Deployment = report.Deployment is { } deployment ? DeploymentFacts.Of(deployment) : null,
        Risk = RiskFacts.Of(report.Analysis.Risk),
        Notes = report.Notes,
    };

    public static string Render(RunReport report) => JsonSerializer.Serialize(Document(report), Metadata);

    /// <summary>Writes the document into the file as it is serialised (the same bytes as <see cref="Render"/>, never the whole text in memory).</summary>
    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await using FileStream file = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, Document(report), Metadata, cancellationToken).ConfigureAwait(false);
    }
}
