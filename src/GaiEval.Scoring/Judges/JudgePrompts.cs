namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Model;

/// <summary>
/// The Japanese prompts of the judges. Every prompt asks for the same JSON shape so that one parser reads all replies; the
/// groundedness prompt adds a claim label to each criterion.
/// </summary>
internal static class JudgePrompts
{
    private const string Shape = """{"score": 1から5の整数, "criteria": [{"point": "観点", "met": true または false}], "reason": "理由"}""";

    private const string LabelledShape =
        """{"score": 1から5の整数, "criteria": [{"point": "主張", "label": "supported / contradicted / unsupported のどれか"}], "reason": "理由"}""";

    public const string System = """
        あなたは自治体の生成AI評価を担当する厳格な採点者です。
        指示された観点だけで回答を採点し、出力は次の形式の JSON だけにしてください（前置き・説明・コードフェンスは不要）。
        {"score": 1から5の整数, "criteria": [{"point": "観点", "met": true または false}], "reason": "日本語で1〜2文の理由"}
        score は 5=完全に満たす、4=おおむね満たす、3=一部満たす、2=ほとんど満たさない、1=まったく満たさない、です。
        """;

    public static string Equivalence(GoldItem item, string answer) => $"""
        次の「回答」が「模範解答」と同じ内容を述べているかを採点してください。
        表現の違いは問いません。事実（金額・日付・窓口・手続き）の食い違い、抜け、余計な誤りを減点します。
        criteria には確認した事実ごとに、回答がそれを正しく含むか（met）を書いてください。

        【質問】
        {item.Question}

        【模範解答】
        {item.Reference}

        【回答】
        {answer}
        """;

    public static string Relevance(GoldItem item, string answer) => $"""
        次の「回答」が「質問」に答えているかを採点してください。
        内容の正しさではなく、質問された事柄に的確に応じているか、関係のない話や答えの欠落がないかを見ます。
        criteria には質問が求めている事柄ごとに、回答がそれに応じているか（met）を書いてください。

        【質問】
        {item.Question}

        【回答】
        {answer}
        """;

    public static string Groundedness(GoldItem item, IReadOnlyList<string> sources, string answer, IReadOnlyList<string> claims) => $$"""
        次の「回答」の各主張が「資料」に裏付けられているかを判定し、回答全体の根拠性を採点してください。
        回答の正しさや網羅性ではなく、資料にない事実（金額・日付・窓口名など）や資料と食い違う記述がないかを見ます。
        criteria には「回答の主張」を同じ順序ですべて（{{claims.Count}} 件）並べ、各要素を
        {"point": "主張の文言", "label": "supported"} の形にして、label に次のどれかを書いてください。
        - supported: 資料に裏付けがある
        - contradicted: 資料と食い違う
        - unsupported: 資料に書かれていない

        【質問】
        {{item.Question}}

        【資料】
        {{string.Join("\n---\n", sources)}}

        【回答】
        {{answer}}

        【回答の主張】
        {{string.Join("\n", claims.Select((claim, i) => $"{i + 1}. {claim}"))}}
        """;

    public static string Rubric(GoldItem item, string answer) => $"""
        次の「回答」を「評価観点」の各項目について判定し、全体を採点してください。
        criteria には評価観点を同じ順序ですべて（{item.Rubric.Count} 件）並べ、point に観点の文言、met に満たすかどうかを書いてください。

        【質問】
        {item.Question}
        {ContextSection(item)}
        【評価観点】
        {string.Join("\n", item.Rubric.Select((point, i) => $"{i + 1}. {point}"))}

        【回答】
        {answer}
        """;

    public static string Repair(string problem, bool labels) => $$"""
        直前の出力は使えませんでした: {{problem}}
        同じ採点を、次の形式の JSON だけでもう一度出力してください。
        {{(labels ? LabelledShape : Shape)}}
        """;

    private static string ContextSection(GoldItem item) =>
        string.IsNullOrWhiteSpace(item.Context) ? string.Empty : $"""

        【資料】
        {item.Context}

        """;
}
