using BenchmarkDotNet.Running;
using GaiEval.Benchmarks;

if (args is [KpiImportPeak.Switch, ..])
{
    return await KpiImportPeak.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : KpiImportBenchmarks.Rows);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
