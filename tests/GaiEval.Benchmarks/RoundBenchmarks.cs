namespace GaiEval.Benchmarks;

using System.Text;
using BenchmarkDotNet.Attributes;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Scoring.Contamination;

/// <summary>
/// The round's checks at the size of a large round: the leak guard over one vendor file of about 60,000 characters (a
/// feedback file with 150 public failures) against 300 hidden and private items, and the completion check of one
/// 400-character answer against a 150-character withheld half.
/// </summary>
[MemoryDiagnoser]
public class RoundBenchmarks
{
    private const int SecretItems = 300;

    private VendorLeakGuard guard = null!;
    private string vendorFile = string.Empty;
    private string answer = string.Empty;
    private string withheld = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        guard = VendorLeakGuard.For([.. Enumerable.Range(0, SecretItems).Select(i => Item($"h{i}", i % 10 == 0 ? ItemSplit.Private : ItemSplit.Hidden, i))]);
        var file = new StringBuilder();
        for (int i = 0; i < 150; i++)
        {
            GoldItem item = Item($"p{i}", ItemSplit.Public, 1000 + i);
            file.Append("| ").Append(item.Id).Append(" | ").Append(item.Question).Append(" | ").Append(item.Reference)
                .Append(" | 申し訳ありませんが、担当の窓口にお問い合わせください。受付は平日の8時30分から17時15分までです。 |\n");
        }

        vendorFile = file.ToString();
        withheld = string.Concat(Enumerable.Repeat("受付は平日の8時30分から17時15分までで、本人確認書類をお持ちください。", 4))[..150];
        answer = string.Concat(Enumerable.Repeat("転入の手続きは区民課の窓口で受け付けています。必要なものは本人確認書類と転出証明書です。", 10))[..400];
    }

    [Benchmark]
    public LeakFinding? LeakGuardOnOneVendorFile() => guard.Find(vendorFile);

    [Benchmark]
    public CompletionJudgement CompletionCheckOfOneAnswer() => CompletionCheck.Judge(answer, withheld);

    private static GoldItem Item(string id, ItemSplit split, int n) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"手続き{n}番はどこの窓口で、何を持って行けばよいですか。",
        Reference = $"手続き{n}番は本庁舎の第{n}窓口で受け付けます。受付は平日の8時30分から17時15分までで、届出書{n}号をお持ちください。",
        Split = split,
    };
}
