namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Core.TestSets.Lint;

/// <summary>
/// <c>validate</c>'s gold-set lint (without the knowledge base) on the sample set copied <see cref="Copies"/> times with
/// distinct ids and questions, to show how its cost grows with the size of the set.
/// </summary>
[MemoryDiagnoser]
public class GoldSetLintBenchmarks
{
    private TestSet testSet = null!;

    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        TestSet sample = TestSetLoader.Load(SampleItemsPath());
        GoldItem[] items =
        [
            .. Enumerable.Range(0, Copies).SelectMany(copy => sample.Items.Select(item => copy == 0 ? item : item with
            {
                Id = $"{item.Id}-{copy}",
                Question = $"{item.Question}（{copy}）",
            })),
        ];
        testSet = new TestSet(sample.Path, sample.ContentHash, items);
    }

    private static string SampleItemsPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string items = Path.Combine(folder.FullName, "testsets", "sample-ward", "items.jsonl");
            if (File.Exists(items))
            {
                return items;
            }
        }

        throw new FileNotFoundException($"testsets/sample-ward/items.jsonl was not found above {AppContext.BaseDirectory}");
    }

    [Benchmark(Description = "GoldSetLinter.Lint (190 × Copies items)")]
    public int Lint() => GoldSetLinter.Lint(testSet, knowledge: null).Count;
}
