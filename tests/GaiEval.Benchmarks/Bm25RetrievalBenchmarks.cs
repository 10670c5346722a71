namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Providers.Knowledge;

/// <summary>Index build and search over 1,000 synthetic municipal FAQ chunks shaped like the headings chunker's output.</summary>
[MemoryDiagnoser]
public class Bm25RetrievalBenchmarks
{
    private const int ChunkCount = 1000;
    private const string Query = "国民健康保険の保険料を口座振替で納めたいのですが、どこで手続きできますか";

    private static readonly (string Department, string Subject)[] Topics =
    [
        ("区民課", "住民票の写し"), ("区民課", "印鑑登録証明書"), ("区民課", "戸籍謄本"), ("区民課", "転入届"),
        ("保険年金課", "国民健康保険"), ("保険年金課", "国民年金"), ("保険年金課", "後期高齢者医療"),
        ("税務課", "住民税"), ("税務課", "軽自動車税"), ("税務課", "納税証明書"),
        ("子育て支援課", "児童手当"), ("子育て支援課", "保育園の入園"), ("子育て支援課", "子ども医療費助成"),
        ("清掃課", "粗大ごみ"), ("清掃課", "資源ごみの収集"), ("介護保険課", "要介護認定"),
        ("障害福祉課", "障害者手帳"), ("生活福祉課", "生活保護の相談"), ("防災課", "避難所"), ("道路課", "道路の占用許可"),
    ];

    private static readonly string[] Questions =
    [
        "の手続きはどこでできますか", "に必要なものは何ですか", "の手数料はいくらですか", "は郵送で申請できますか",
        "の受付時間を教えてください", "は代理人でも手続きできますか", "の期限はいつまでですか", "はオンラインで申し込めますか",
    ];

    private static readonly string[] Sentences =
    [
        "{0}の窓口は区役所本庁舎{1}階の{2}です。", "受付時間は平日午前8時30分から午後5時までです。",
        "手数料は1件につき{3}円です。", "本人確認書類（マイナンバーカード、運転免許証など）をお持ちください。",
        "代理人が申請する場合は委任状が必要です。", "郵送での申請は申請書と定額小為替を同封してください。",
        "保険料や税の納付は口座振替が便利です。口座振替の申込みは金融機関の窓口でもできます。",
        "詳しくは{2}（電話03-1234-{4}）へお問い合わせください。", "令和8年4月1日から受付方法が変わりました。",
        "電子申請サービスを使うと、24時間いつでも申し込めます。", "期限を過ぎると延滞金がかかることがあります。",
        "出張所でも同じ手続きができますが、一部の証明書は本庁舎のみの取扱いです。",
    ];

    private KnowledgeChunk[] chunks = [];
    private Bm25Index index = null!;

    [GlobalSetup]
    public void Setup()
    {
        chunks = CreateChunks(ChunkCount, seed: 20260401);
        index = Bm25Index.Build(chunks);
    }

    [Benchmark]
    public Bm25Index Build() => Bm25Index.Build(chunks);

    [Benchmark]
    public IReadOnlyList<RetrievalHit> SearchTop1() => index.Search(Query, 1);

    [Benchmark]
    public IReadOnlyList<RetrievalHit> SearchTop4() => index.Search(Query, 4);

    private static KnowledgeChunk[] CreateChunks(int count, int seed)
    {
        var random = new Random(seed);
        var result = new KnowledgeChunk[count];
        for (int i = 0; i < count; i++)
        {
            var (department, subject) = Topics[random.Next(Topics.Length)];
            string heading = subject + Questions[random.Next(Questions.Length)];
            string body = string.Concat(Enumerable.Range(0, random.Next(3, 7)).Select(_ => string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                Sentences[random.Next(Sentences.Length)],
                subject,
                random.Next(1, 6),
                department,
                random.Next(1, 10) * 50,
                random.Next(1000, 9999))));
            string text = $"{subject}のご案内 > {subject} > {heading}\n所管課: {department} / 更新日: 2026-04-01 / 対象: 区民\n{body}";
            result[i] = new KnowledgeChunk($"{department}/{subject}.md#{heading}~{i}", $"{department}/{subject}.md", [subject, heading], text, 1);
        }

        return result;
    }
}
