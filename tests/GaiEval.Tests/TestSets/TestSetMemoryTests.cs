namespace GaiEval.Tests.TestSets;

using System.Runtime.CompilerServices;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

[CollectionDefinition(nameof(TestSetMemoryTests), DisableParallelization = true)]
public sealed class AloneWithTheItems;

/// <summary>Runs alone: it weighs the managed heap, which other tests' allocations would blur.</summary>
[Collection(nameof(TestSetMemoryTests))]
public sealed class TestSetMemoryTests : IDisposable
{
    private const int ItemCount = 2000;
    private const int PassageLength = 1000;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Items_that_share_a_passage_and_a_model_answer_hold_them_once()
    {
        string passage = string.Concat(Enumerable.Repeat("汐見野区の休日開庁は第2日曜日です。", PassageLength / 18 + 1))[..PassageLength];
        string reference = passage[..(PassageLength / 2)];
        string path = folder.Write(
            "items.jsonl",
            GoldLines.Jsonl([.. Enumerable.Range(0, ItemCount).Select(i => GoldLines.Valid(
                $"q-{i:0000}",
                item => { item["question"] = $"［No.{i}］要約してください。"; item["context"] = passage; item["reference"] = reference; }))]));

        (TestSet set, long held) = LoadAndWeigh(path);

        Assert.Equal(ItemCount, set.Items.Count);
        Assert.All(set.Items, item => Assert.Equal(passage, item.Context));
        Assert.Equal("［No.1999］要約してください。", set.Items[^1].Question);

        // One copy of the passage per item alone would be 2,000 × 2,000 bytes; the items with everything else weigh less.
        long onePassageEach = (long)ItemCount * PassageLength * sizeof(char);
        Assert.True(held < onePassageEach, $"項目 {ItemCount} 件で {held / 1024} KB（1件に1つずつ文脈を持てば {onePassageEach / 1024} KB）");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TestSet Set, long Held) LoadAndWeigh(string path)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        TestSet set = TestSetLoader.Load(path);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        return (set, after - before);
    }
}
