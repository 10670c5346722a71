using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GaiEval.Benchmarks;
using GaiEval.Benchmarks.Scale;

if (args is [KpiImportPeak.Switch, ..])
{
    return await KpiImportPeak.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : KpiImportBenchmarks.Rows);
}

if (args is [ReportOpen.Switch, ..])
{
    return await ReportOpen.RunAsync(args);
}

if (args is [ScaleRun.Switch, ..])
{
    return await ScaleRun.RunAsync(args);
}

if (args is [PromptfooRun.Switch, ..])
{
    return await PromptfooRun.RunAsync(args);
}

if (args is [StoreThroughput.Switch, ..])
{
    return await StoreThroughput.RunAsync(args);
}

// Results go beside the project (bin/Release/net10.0 is three levels down), never into the folder the command was run from.
string artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(artifacts));
return 0;
