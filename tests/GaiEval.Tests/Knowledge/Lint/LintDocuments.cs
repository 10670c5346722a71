namespace GaiEval.Tests.Knowledge.Lint;

/// <summary>
/// Knowledge documents for the lint tests. <see cref="Document"/> puts the front matter on lines 1–4 (---, 所管課, 更新日,
/// 機密区分), then the extra front-matter lines, then the closing ---; without extra lines the body starts on line 6.
/// </summary>
internal static class LintDocuments
{
    public static readonly DateOnly Today = new(2026, 12, 3);

    public const string CleanBody = """
        # 住民票の写し

        ## 手数料

        1通300円です。令和8年度（2026年度）の手数料です。

        ## 請求できる人

        本人と同じ世帯の人です。代理人は委任状が必要です。

        | 区分 | 手数料 |
        |---|---|
        | 写し | 300円 |

        窓口の電話は 03-5318-2211 です。
        """;

    public static string Document(string body, string extraFrontMatter = "", string updatedOn = "2026-04-01") =>
        $"---\n所管課: 区民課\n更新日: {updatedOn}\n機密区分: public\n{extraFrontMatter}---\n{body}\n";
}
