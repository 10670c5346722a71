// 汐見野区の3か月PoC（2026-10〜2026-12）の架空データを作る。乱数の種は固定で、何度実行しても同じバイト列になる。
// 実行（リポジトリのルートで）: dotnet run testsets/sample-ward/kpi/generate.cs
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var rng = new Random(Sample.Seed);
var outDir = Sample.OutputFolder();
var staff = Sample.Roster(rng);
var workdays = Sample.WorkingDays();

var usage = Sample.UsageRows(rng, staff, workdays);
Sample.WriteCsv(Path.Combine(outDir, "usage-log.csv"), bom: false,
    ["日時", "利用者ID", "所属", "入力トークン数", "出力トークン数", "モデル", "利用機能", "評価", "送信元"], usage);

var survey = Sample.SurveyRows(rng, staff);
Sample.WriteCsv(Path.Combine(outDir, "survey.csv"), bom: true,
    ["ID", "開始時刻", "完了時刻", "回答期間", "職員番号", "所属", "生成AIを利用しましたか", "満足度（5段階）",
     "今後も使いたいか（5段階）", "同僚に勧めたいか（0〜10）", "利用頻度", "1回あたりの短縮時間",
     "利用した用途（複数選択）", "ご意見・ご感想"], survey);

var timings = Sample.TimingRows(rng, staff);
Sample.WriteCsv(Path.Combine(outDir, "timings.csv"), bom: false,
    ["業務名", "業務分野", "用途", "職員番号", "従来の所要時間（分）", "AI活用時の所要時間（分・確認含む）", "計測日"], timings);

Sample.WriteCsv(Path.Combine(outDir, "eligible-staff.csv"), bom: false, ["department", "eligible"],
    Sample.Departments.Select(d => new[] { d.Name, d.Eligible.ToString(CultureInfo.InvariantCulture) }).ToList());

Console.WriteLine($"usage-log.csv {usage.Count} 行, survey.csv {survey.Count} 行, timings.csv {timings.Count} 行 → {outDir}");

/// <summary>A department: its eligible staff, the share of them who ever use the platform, and what they use it for.</summary>
sealed record Department(string Name, int Eligible, double Adoption, int PowerUsers, double[] UseWeights);

/// <summary>One member of staff; Start is null for staff who never use the platform.</summary>
sealed record Staff(string Id, Department Department, DateOnly? Start, DateOnly? Stop, double RequestsPerDay, bool Power);

static class Sample
{
    public const int Seed = 20261001;

    // The seven uses, and the labels the platform's 利用機能 column and the survey's multi-select write for them.
    public static readonly string[] Uses = ["文書作成", "添削・翻訳", "コード生成", "アイデア出し", "対話生成", "情報抽出・要約", "データ処理・分析"];
    static readonly string[] PlatformLabels = ["文章作成", "翻訳・校正", "プログラミング", "アイデア出し", "チャット", "要約・抽出", "データ分析"];
    static readonly string[] SurveyLabels = ["文書の作成", "翻訳・校正", "プログラム・マクロの作成", "アイデア出し・企画", "問合せ回答の下書き", "要約・情報の抽出", "データの集計・分析"];

    //      department            eligible adoption power   文書  翻訳 コード 発想  対話  要約 データ
    public static readonly Department[] Departments =
    [
        new("区民課",           95, 0.70, 1, [3.0, 1.0, 0.2, 0.5, 4.0, 2.0, 0.5]),
        new("税務課",           80, 0.65, 1, [3.0, 0.8, 0.5, 0.3, 3.0, 2.0, 2.0]),
        new("保険年金課",       70, 0.60, 0, [3.0, 0.8, 0.3, 0.3, 3.0, 2.5, 1.0]),
        new("子育て支援課",     55, 0.75, 1, [3.5, 1.0, 0.2, 1.5, 3.0, 2.0, 0.5]),
        new("保育課",           45, 0.55, 0, [3.5, 1.0, 0.2, 1.5, 2.5, 2.0, 0.5]),
        new("介護保険課",       55, 0.60, 0, [3.0, 0.8, 0.2, 0.5, 3.0, 3.0, 0.8]),
        new("清掃リサイクル課", 60, 0.25, 0, [3.0, 1.0, 0.2, 1.0, 2.0, 1.5, 0.5]),
        new("防災課",           25, 0.70, 0, [3.5, 1.0, 0.3, 1.5, 1.5, 2.5, 1.0]),
        new("地域施設課",       35, 0.55, 0, [3.0, 0.5, 0.5, 1.0, 2.5, 1.5, 1.5]),
        new("多文化共生推進室", 15, 0.90, 1, [2.0, 5.0, 0.2, 1.0, 2.0, 1.5, 0.3]),
        new("総務課",           50, 0.80, 1, [4.0, 1.5, 0.5, 1.0, 1.5, 3.0, 1.5]),
        new("DX推進課",         20, 1.00, 3, [2.0, 0.8, 4.0, 2.0, 1.5, 2.0, 3.0]),
    ];

    // The department whose staff were not sent the survey (field work): eligible staff, log users, no respondents.
    const string NotSurveyed = "清掃リサイクル課";

    static readonly DateOnly First = new(2026, 10, 1);
    static readonly DateOnly Last = new(2026, 12, 31);
    static readonly DateOnly[] Holidays = [new(2026, 10, 12), new(2026, 11, 3), new(2026, 11, 23), new(2026, 12, 29), new(2026, 12, 30), new(2026, 12, 31)];

    public static string OutputFolder([CallerFilePath] string source = "") =>
        AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.GetDirectoryName(source)!;

    public static List<DateOnly> WorkingDays()
    {
        var days = new List<DateOnly>();
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !Holidays.Contains(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>All eligible staff: the first round(eligible × adoption) of each department use the platform.</summary>
    public static List<Staff> Roster(Random rng)
    {
        var ids = new HashSet<string>();
        var staff = new List<Staff>();
        var workdays = WorkingDays();
        foreach (var dept in Departments)
        {
            var users = (int)Math.Round(dept.Eligible * dept.Adoption, MidpointRounding.AwayFromZero);
            for (var i = 0; i < dept.Eligible; i++)
            {
                string id;
                do
                {
                    id = "E" + rng.Next(1000, 100000).ToString("D5", CultureInfo.InvariantCulture);
                }
                while (!ids.Add(id));

                staff.Add(i < users ? NewUser(rng, id, dept, power: i < dept.PowerUsers, workdays) : new Staff(id, dept, null, null, 0, false));
            }
        }

        return staff;
    }

    // Users start in October (55%), November (25%) or December (20%); all of DX推進課 in October, power users in its first three working days.
    // 12% of the others stop after two to six weeks. Requests per working day: lognormal (median 0.75), power users 6–10.
    static Staff NewUser(Random rng, string id, Department dept, bool power, List<DateOnly> workdays)
    {
        var startMonth = dept.Name == "DX推進課" || power ? 10 : 10 + Pick(rng, [0.55, 0.25, 0.20]);
        var monthDays = workdays.Where(d => d.Month == startMonth).ToList();
        var start = monthDays[rng.Next(power ? 3 : monthDays.Count)];
        DateOnly? stop = !power && rng.NextDouble() < 0.12 ? start.AddDays(14 + rng.Next(28)) : null;
        var rate = power ? 6 + 4 * rng.NextDouble() : LogNormal(rng, 0.75, 0.9);
        return new Staff(id, dept, start, stop, rate, power);
    }

    public static List<string[]> UsageRows(Random rng, List<Staff> staff, List<DateOnly> workdays)
    {
        var rows = new List<(DateTime At, string[] Row)>();
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            var working = workdays.Contains(day);
            foreach (var s in staff.Where(s => s.Start <= day && (s.Stop is null || day < s.Stop)))
            {
                var mean = working ? s.RequestsPerDay * WeekdayFactor(day.DayOfWeek) : s.Power ? 0.3 : 0.01;
                var n = Poisson(rng, mean);
                for (var k = 0; k < n; k++)
                {
                    var at = day.ToDateTime(TimeOnly.MinValue).Add(TimeOfRequest(rng));
                    rows.Add((at, Request(rng, at, s.Id, s.Department, rng.NextDouble() < 0.15 ? "teams" : "portal", feedback: true)));
                }
            }
        }

        rows.AddRange(HarnessRows(rng, staff.First(s => s.Department.Name == "DX推進課" && !s.Power && s.Start is not null)));
        return rows.OrderBy(r => r.At).ThenBy(r => r.Row[1], StringComparer.Ordinal).Select(r => r.Row).ToList();
    }

    // The harness (GaiEval) replayed 120 gold items through the platform's API on three days, under the key of a DX推進課 member.
    static IEnumerable<(DateTime, string[])> HarnessRows(Random rng, Staff runner)
    {
        DateTime[] runs = [new(2026, 10, 7, 18, 5, 0), new(2026, 11, 11, 18, 20, 0), new(2026, 12, 9, 17, 45, 0)];
        foreach (var start in runs)
        {
            var at = start;
            for (var i = 0; i < 120; i++)
            {
                at = at.AddSeconds(2 + rng.Next(7));
                yield return (at, Request(rng, at, runner.Id, runner.Department, "gaieval", feedback: false, model: "gpt-4.1-mini"));
            }
        }
    }

    static string[] Request(Random rng, DateTime at, string user, Department dept, string source, bool feedback, string? model = null)
    {
        var use = Pick(rng, dept.UseWeights);
        var (inMedian, outMedian) = TokenMedians(use);
        var input = (int)Math.Clamp(LogNormal(rng, inMedian, 0.8), 20, 60000);
        var output = (int)Math.Clamp(LogNormal(rng, outMedian, 0.6), 10, 8000);
        model ??= new[] { "gpt-4.1-mini", "gpt-4.1", "gemini-2.5-flash" }[Pick(rng, [0.70, 0.22, 0.08])];
        var label = rng.NextDouble() < 0.08 ? "" : PlatformLabels[use];
        var rating = !feedback || rng.NextDouble() >= 0.12 ? "" : rng.NextDouble() < 0.20 ? "👎" : "👍";
        return [at.ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture), user, dept.Name, Num(input), Num(output), model, label, rating, source];
    }

    static (double Input, double Output) TokenMedians(int use) => use switch
    {
        0 => (600, 800),    // 文書作成
        1 => (900, 850),    // 添削・翻訳
        2 => (700, 900),    // コード生成
        3 => (300, 900),    // アイデア出し
        4 => (400, 350),    // 対話生成
        5 => (3000, 500),   // 情報抽出・要約
        _ => (2000, 700),   // データ処理・分析
    };

    static double WeekdayFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.10,
        DayOfWeek.Tuesday => 1.05,
        DayOfWeek.Friday => 0.85,
        _ => 1.0,
    };

    // Peaks mid-morning and mid-afternoon, a dip at lunch, a little overtime. Hour 8 starts at 8:30.
    static TimeSpan TimeOfRequest(Random rng)
    {
        double[] weights = [0.3, 1.0, 1.4, 1.2, 0.3, 1.0, 1.3, 1.3, 1.0, 0.4, 0.2, 0.1];
        var hour = 8 + Pick(rng, weights);
        var minute = hour == 8 ? 30 + rng.Next(30) : rng.Next(60);
        return new TimeSpan(hour, minute, rng.Next(60));
    }

    // Each wave is open for two weeks; users answer more often than non-users. Rows come in the order they were completed.
    public static List<string[]> SurveyRows(Random rng, List<Staff> staff)
    {
        var answers = new List<(DateTime Finished, string[] Row)>();
        (string Wave, DateOnly From, double UserRate, double NonUserRate)[] waves =
            [("2026-10", new(2026, 10, 26), 0.42, 0.15), ("2026-12", new(2026, 12, 14), 0.40, 0.18)];
        foreach (var wave in waves)
        {
            var days = WorkingDays().Where(d => d >= wave.From && d < wave.From.AddDays(14)).ToList();
            foreach (var s in staff.Where(s => s.Department.Name != NotSurveyed))
            {
                var used = s.Start <= days[^1];
                if (rng.NextDouble() >= (used ? wave.UserRate : wave.NonUserRate))
                {
                    continue;
                }

                var started = days[rng.Next(days.Count)].ToDateTime(new TimeOnly(8, 30)).AddSeconds(rng.Next(10 * 3600));
                var finished = started.AddSeconds(60 + rng.Next(400));
                string[] row = [Stamp(started), Stamp(finished), wave.Wave, s.Id, s.Department.Name, .. used ? UserAnswers(rng, s, wave.Wave) : NonUserAnswers(rng)];
                answers.Add((finished, row));
            }
        }

        return answers.OrderBy(a => a.Finished).Select((a, i) => (string[])[Num(i + 1), .. a.Row]).ToList();
    }

    static string[] UserAnswers(Random rng, Staff s, string wave)
    {
        double[] satisfaction = wave == "2026-10" ? [0.04, 0.10, 0.31, 0.40, 0.15] : [0.02, 0.05, 0.20, 0.46, 0.27];
        var sat = 1 + Pick(rng, satisfaction);
        var intent = Math.Clamp(sat + Pick(rng, [0.15, 0.70, 0.15]) - 1, 1, 5);
        var recommend = Math.Clamp(2 * sat + rng.Next(-2, 2), 0, 10);
        var usesPerWeek = s.RequestsPerDay * 2.5 * LogNormal(rng, 1, 0.3);
        var frequency = usesPerWeek >= 4.5 ? "ほぼ毎日" : usesPerWeek >= 2.5 ? "週3〜4回" : usesPerWeek >= 0.9 ? "週1〜2回" : "月に数回";
        var minutes = new[] { "15分未満", "15〜30分", "30〜60分", "60分以上" }[Pick(rng, [0.34, 0.38, 0.20, 0.08])];
        var uses = new SortedSet<int>();
        var count = 1 + Pick(rng, [0.35, 0.40, 0.25]);
        while (uses.Count < count)
        {
            uses.Add(Pick(rng, s.Department.UseWeights));
        }

        var comment = rng.NextDouble() < 0.35 ? UserComments[Pick(rng, [.. UserComments.Select(c => c.Weight)])].Text : "";
        return
        [
            Blank(rng, 0.02, "利用した"), Blank(rng, 0.03, Num(sat)), Blank(rng, 0.03, Num(intent)), Blank(rng, 0.06, Num(recommend)),
            Blank(rng, 0.03, frequency), Blank(rng, 0.05, minutes), string.Join(";", uses.Select(u => SurveyLabels[u])), comment,
        ];
    }

    static string[] NonUserAnswers(Random rng)
    {
        var intent = 1 + Pick(rng, [0.12, 0.20, 0.38, 0.22, 0.08]);
        var reason = rng.NextDouble() < 0.75 ? NonUserReasons[rng.Next(NonUserReasons.Length)] : "";
        return ["利用していない", "", Blank(rng, 0.10, Num(intent)), "", "", "", "", reason];
    }

    static readonly (string Text, double Weight)[] UserComments =
    [
        ("議事録の要約が早くなり、会議後の作業が半分程度になりました。", 3),
        ("通知文の下書きに使っています。言い回しの確認は必要ですが、ゼロから書くより楽です。", 3),
        ("回答に誤りが含まれることがあり、結局、条例や要綱で確認する時間がかかります。", 2),
        ("外国人住民向けのお知らせを「やさしい日本語」に直すのに役立っています。", 1),
        ("Excelの関数やマクロを聞けるのが便利。", 2),
        ("個人情報を入力できないので、使える場面が限られる。", 2),
        ("庁内の規程を読み込ませて質問できるようにしてほしい。", 2),
        ("研修があれば、もっと使いこなせると思う。", 2),
        ("回答が長すぎることがある。\n要点だけ答えるよう指示すると改善した。", 1),
        ("「です・ます」の統一や誤字チェックに便利です。", 1),
        ("便利だが、動作が遅い時間帯がある（特に朝一番）。", 1),
        ("アイデア出しでは、住民目線の案が出てきて参考になった。", 1),
        ("Word, Excel, Outlookから直接呼び出せると便利です。", 1),
        ("プロンプトの例文集がほしい。\"要約して\"とだけ書くと長い回答が返ってくる。", 1),
    ];

    static readonly string[] NonUserReasons =
    [
        "窓口対応が中心で、パソコンに向かう時間がほとんどない。",
        "使い方がよくわからない。研修を受けてから使いたい。",
        "個人情報を扱う業務が多く、使ってよいか判断できなかった。",
        "業務が忙しく、試す時間がなかった。",
        "回答の正確性に不安があり、使っていない。",
        "アカウントの申請方法が分からなかった。",
        "特に必要を感じない。",
    ];

    public static List<string[]> TimingRows(Random rng, List<Staff> staff)
    {
        var rows = new List<string[]>();
        var dates = WorkingDays().Where(d => d.Month == 11).ToList();
        foreach (var (task, category, department, use, minutesWithout) in Tasks)
        {
            var observer = staff.Where(s => s.Department.Name == department && s.Start is not null).ToList();
            var person = observer[rng.Next(observer.Count)];
            var without = Math.Max(3, Math.Round(minutesWithout * LogNormal(rng, 1, 0.15)));
            var with = NoHelp.Contains(task)
                ? Math.Round(without * (1.0 + 0.25 * rng.NextDouble()))
                : Math.Max(1, Math.Round(without * (1 - SavingRatio(Array.IndexOf(Uses, use)) * LogNormal(rng, 1, 0.2))));
            rows.Add([task, category, use, person.Id, Num((int)without), Num((int)with), dates[rng.Next(dates.Count)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        return rows;
    }

    // The true share of the time without AI that AI saves, per use (before noise), where AI helps.
    static double SavingRatio(int use) => use switch
    {
        0 => 0.45, 1 => 0.50, 2 => 0.60, 3 => 0.40, 4 => 0.30, 5 => 0.55, _ => 0.35,
    };

    static readonly string[] NoHelp = ["固定資産税の減免要件の照会回答", "介護保険料の段階判定の確認", "粗大ごみ収集日の個別調整", "外国籍住民の在留資格に関する相談記録", "避難所運営訓練の振り返り集計"];

    static readonly (string Task, string Category, string Department, string Use, int MinutesWithout)[] Tasks =
    [
        ("住民票の請求に関する問合せメール回答", "住民票・戸籍", "区民課", "対話生成", 15),
        ("転入手続の案内文の作成", "住民票・戸籍", "区民課", "文書作成", 40),
        ("戸籍の届出に関する窓口FAQの更新", "住民票・戸籍", "区民課", "情報抽出・要約", 60),
        ("証明書発行件数の月次集計", "住民票・戸籍", "区民課", "データ処理・分析", 45),
        ("印鑑登録の案内の英訳", "住民票・戸籍", "区民課", "添削・翻訳", 50),
        ("住民税の申告に関する問合せメール回答", "税", "税務課", "対話生成", 20),
        ("納税通知に同封するお知らせの作成", "税", "税務課", "文書作成", 60),
        ("税制改正の通知文の要約", "税", "税務課", "情報抽出・要約", 90),
        ("固定資産税の減免要件の照会回答", "税", "税務課", "対話生成", 30),
        ("軽自動車税の課税データのチェック", "税", "税務課", "データ処理・分析", 75),
        ("国保加入手続の問合せ回答", "国民健康保険", "保険年金課", "対話生成", 15),
        ("高額療養費の案内文の作成", "国民健康保険", "保険年金課", "文書作成", 45),
        ("国保運営協議会の議事録要約", "国民健康保険", "保険年金課", "情報抽出・要約", 120),
        ("保険料の収納率の集計表作成", "国民健康保険", "保険年金課", "データ処理・分析", 60),
        ("保険証廃止に関するお知らせの校正", "国民健康保険", "保険年金課", "添削・翻訳", 30),
        ("児童手当の現況に関する問合せ回答", "子育て", "子育て支援課", "対話生成", 15),
        ("子育て講座の広報文の作成", "子育て", "子育て支援課", "文書作成", 50),
        ("子育て支援イベントの企画案", "子育て", "子育て支援課", "アイデア出し", 90),
        ("子ども医療費助成の案内の多言語化", "子育て", "子育て支援課", "添削・翻訳", 60),
        ("子育て世帯アンケートの自由記述の要約", "子育て", "子育て支援課", "情報抽出・要約", 150),
        ("保育園入園申込の問合せ回答", "保育園", "保育課", "対話生成", 20),
        ("入園説明会の案内文の作成", "保育園", "保育課", "文書作成", 45),
        ("保育園の空き状況の集計", "保育園", "保育課", "データ処理・分析", 40),
        ("一時保育の利用案内の校正", "保育園", "保育課", "添削・翻訳", 25),
        ("保育士研修報告の要約", "保育園", "保育課", "情報抽出・要約", 60),
        ("要介護認定の申請に関する問合せ回答", "介護", "介護保険課", "対話生成", 20),
        ("介護保険料の段階判定の確認", "介護", "介護保険課", "データ処理・分析", 30),
        ("ケアマネ向け通知文の作成", "介護", "介護保険課", "文書作成", 60),
        ("地域包括支援センター会議録の要約", "介護", "介護保険課", "情報抽出・要約", 90),
        ("介護予防教室のチラシ案", "介護", "介護保険課", "アイデア出し", 60),
        ("分別ルールに関する問合せ回答", "ごみ・リサイクル", "清掃リサイクル課", "対話生成", 10),
        ("資源回収の案内文の作成", "ごみ・リサイクル", "清掃リサイクル課", "文書作成", 40),
        ("粗大ごみ収集日の個別調整", "ごみ・リサイクル", "清掃リサイクル課", "対話生成", 20),
        ("ごみ分別アプリの案内の英訳・中国語訳", "ごみ・リサイクル", "清掃リサイクル課", "添削・翻訳", 60),
        ("収集量データの月次集計", "ごみ・リサイクル", "清掃リサイクル課", "データ処理・分析", 50),
        ("防災訓練の実施通知の作成", "防災", "防災課", "文書作成", 60),
        ("ハザードマップの説明文の平易化", "防災", "防災課", "添削・翻訳", 45),
        ("避難所運営訓練の振り返り集計", "防災", "防災課", "データ処理・分析", 60),
        ("防災講話の構成案", "防災", "防災課", "アイデア出し", 90),
        ("備蓄品に関する問合せ回答", "防災", "防災課", "対話生成", 15),
        ("施設予約システムの問合せ回答", "施設予約", "地域施設課", "対話生成", 15),
        ("区民センターの利用案内の作成", "施設予約", "地域施設課", "文書作成", 40),
        ("施設利用率の集計と分析", "施設予約", "地域施設課", "データ処理・分析", 90),
        ("予約データ抽出用のExcelマクロ作成", "施設予約", "地域施設課", "コード生成", 120),
        ("体育館の利用規約改正の要約", "施設予約", "地域施設課", "情報抽出・要約", 45),
        ("やさしい日本語への書き換え", "外国人住民向け案内", "多文化共生推進室", "添削・翻訳", 40),
        ("多言語相談窓口の案内の翻訳", "外国人住民向け案内", "多文化共生推進室", "添削・翻訳", 90),
        ("外国籍住民の在留資格に関する相談記録", "外国人住民向け案内", "多文化共生推進室", "情報抽出・要約", 30),
        ("日本語教室の募集文の作成", "外国人住民向け案内", "多文化共生推進室", "文書作成", 45),
        ("多文化共生イベントの企画案", "外国人住民向け案内", "多文化共生推進室", "アイデア出し", 60),
        ("庁舎案内の問合せ回答", "区役所案内", "総務課", "対話生成", 10),
        ("休日開庁のお知らせ文の作成", "区役所案内", "総務課", "文書作成", 30),
        ("来庁者アンケートの自由記述の要約", "区役所案内", "総務課", "情報抽出・要約", 90),
        ("窓口混雑状況の集計", "区役所案内", "総務課", "データ処理・分析", 45),
        ("起案文書の作成", "庁内業務", "総務課", "文書作成", 60),
        ("会議録の要約", "庁内業務", "総務課", "情報抽出・要約", 90),
        ("庁内照会の回答集計", "庁内業務", "総務課", "データ処理・分析", 60),
        ("CSV変換スクリプトの作成", "庁内業務", "DX推進課", "コード生成", 150),
        ("RPAシナリオの修正", "庁内業務", "DX推進課", "コード生成", 90),
        ("職員研修の企画案", "庁内業務", "DX推進課", "アイデア出し", 60),
    ];

    public static void WriteCsv(string path, bool bom, string[] header, List<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(bom)) { NewLine = "\n" };
        writer.WriteLine(string.Join(",", header.Select(Quote)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(",", row.Select(Quote)));
        }
    }

    static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    static string Stamp(DateTime at) => at.ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture);

    static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    static string Blank(Random rng, double share, string value) => rng.NextDouble() < share ? "" : value;

    /// <summary>An index drawn with the given (not necessarily normalised) weights.</summary>
    static int Pick(Random rng, double[] weights)
    {
        var x = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    static double LogNormal(Random rng, double median, double sigma)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(sigma * z);
    }

    static int Poisson(Random rng, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble())
        {
            k++;
        }

        return k;
    }
}
