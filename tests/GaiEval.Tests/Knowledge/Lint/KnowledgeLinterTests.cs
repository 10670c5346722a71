namespace GaiEval.Tests.Knowledge.Lint;

using GaiEval.Core.Inputs;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Knowledge.Lint;

/// <summary>Each kb lint rule finds its fault at the right line (positive) and stays silent on the fixed text (negative).</summary>
public sealed class KnowledgeLinterTests
{
    private const string File = "doc.md";

    [Fact]
    public void A_clean_document_has_no_findings()
    {
        Assert.Empty(Lint(LintDocuments.Document(LintDocuments.CleanBody)).Findings);
    }

    [Fact]
    public void Relative_time_without_a_reference_date_is_reported_at_its_line_longest_word_first()
    {
        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document("# 受付\n\n来年度の受付は5月までです。")).Findings);

        Assert.Equal(8, finding.Line);
        Assert.Equal("相対時点", finding.Rule);
        Assert.Equal(KnowledgeLintSeverity.Warning, finding.Severity);
        Assert.Contains("「来年度」", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("「来年」", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("doc.md:8: 相対時点: 警告: " + finding.Message, finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_time_with_a_reference_date_is_not_reported()
    {
        Assert.Empty(Lint(LintDocuments.Document("# 受付\n\n来年度の受付は5月までです。", "基準日: 2026-04-01\n")).Findings);
    }

    [Fact]
    public void Above_on_the_first_line_of_a_section_is_dangling_but_not_after_text_of_the_same_section()
    {
        string body = "# 申請\n\n## 必要なもの\n上記の書類を持参してください。\n\n## 手数料\n1通300円です。\n上記の手数料は現金で払います。";

        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(body)).Findings);

        Assert.Equal(("参照", 9), (finding.Rule, finding.Line));
        Assert.Contains("「上記」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_below_needs_a_table_after_it()
    {
        string dangling = "# 手数料\n\n下表のとおりです。";
        string pointed = dangling + "\n\n| 区分 | 手数料 |\n|---|---|\n| 写し | 300円 |";

        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(dangling)).Findings);
        Assert.Equal(("参照", 8), (finding.Rule, finding.Line));
        Assert.Empty(Lint(LintDocuments.Document(pointed)).Findings);
    }

    [Fact]
    public void Attachment_needs_a_link_in_the_document()
    {
        string dangling = "# 申請\n\n申請書は別紙のとおりです。";
        string linked = dangling + "\n\n[申請書（PDF）](shinsei.pdf)";

        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(dangling)).Findings);
        Assert.Equal(("参照", 8), (finding.Rule, finding.Line));
        Assert.Contains("「別紙」", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Lint(LintDocuments.Document(linked)).Findings);
    }

    [Fact]
    public void Missing_department_and_empty_date_are_warnings_and_missing_sensitivity_a_notice()
    {
        string text = "---\ntitle: 手数料\n更新日:\n---\n# 手数料\n\n300円です。\n";

        KnowledgeLintResult result = Lint(text);

        Assert.Equal(
            [("必須項目", 1, KnowledgeLintSeverity.Warning, "所管課 がありません"), ("必須項目", 1, KnowledgeLintSeverity.Notice, null), ("必須項目", 3, KnowledgeLintSeverity.Warning, "更新日 が空です")],
            result.Findings.Select(f => (f.Rule, f.Line, f.Severity, f.Severity == KnowledgeLintSeverity.Warning ? f.Message : null)));
        Assert.Equal(2, result.WarningCount);
        Assert.Equal(1, result.NoticeCount);
    }

    [Fact]
    public void A_document_without_headings_is_reported_at_its_first_line_of_text()
    {
        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document("\n住民票の写しは1通300円です。")).Findings);

        Assert.Equal(("見出し", 7), (finding.Rule, finding.Line));
    }

    [Fact]
    public void A_long_document_needs_sub_headings_but_a_short_one_does_not()
    {
        string paragraph = new('あ', 50);
        string lines = string.Join("\n", Enumerable.Repeat(paragraph, 5));
        string flat = "# 手数料\n" + lines;
        string structured = "# 手数料\n## 写し\n" + lines;
        var options = new KnowledgeLintOptions(LintDocuments.Today) { MaxCharacters = 200 };

        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(flat), options).Findings);
        Assert.Equal(("見出し", 6), (finding.Rule, finding.Line));
        // "# 手数料" (5 characters) and five lines of 50.
        Assert.Contains("255 字（上限 200 字）", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Lint(LintDocuments.Document(structured), options).Findings);
        Assert.Empty(Lint(LintDocuments.Document(flat)).Findings);
    }

    [Fact]
    public void An_update_older_than_the_limit_is_stale_and_one_exactly_at_it_is_not()
    {
        // 2025-12-02 to 2026-12-03 is 366 days; 2025-12-03 is 365.
        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(LintDocuments.CleanBody, updatedOn: "2025-12-02")).Findings);

        Assert.Equal(("鮮度", 3), (finding.Rule, finding.Line));
        Assert.Contains("366 日", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Lint(LintDocuments.Document(LintDocuments.CleanBody, updatedOn: "2025-12-03")).Findings);
        Assert.Single(Lint(LintDocuments.Document(LintDocuments.CleanBody, updatedOn: "2026-04-01"), new KnowledgeLintOptions(LintDocuments.Today) { MaxAgeDays = 200 }).Findings);
    }

    [Fact]
    public void Images_and_html_tables_are_unreadable_but_markdown_tables_are_not()
    {
        string body = "# 地図\n\n![区役所の地図](map.png)\n<table><tr><td>300円</td></tr></table>\n| 区分 | 手数料 |\n|---|---|";

        var findings = Lint(LintDocuments.Document(body)).Findings;

        Assert.Equal([("読めない形式", 8), ("読めない形式", 9)], findings.Select(f => (f.Rule, f.Line)));
    }

    [Fact]
    public void Mail_addresses_and_mobile_numbers_are_personal_data_but_office_numbers_are_not()
    {
        string body = "# 担当\n\n担当者の携帯 090-1234-5678\n連絡は ｓａｔｏ@example.jp へ\n窓口の電話は 03-5318-2211 です。";

        var findings = Lint(LintDocuments.Document(body)).Findings;

        Assert.Equal([("個人情報", 8), ("個人情報", 9)], findings.Select(f => (f.Rule, f.Line)));
    }

    [Fact]
    public void Excepted_findings_are_not_counted_but_kept_with_their_reason()
    {
        string extra = "lint除外: 相対時点、参照\nlint除外理由: 用語の例として引用している\n";

        KnowledgeLintResult result = Lint(LintDocuments.Document("# 用語\n\n「今年度」「別紙」は使いません。", extra));

        Assert.Empty(result.Findings);
        Assert.Equal([("相対時点", 10), ("参照", 10)], result.Excepted.Select(e => (e.Finding.Rule, e.Finding.Line)));
        Assert.All(result.Excepted, e => Assert.Equal("用語の例として引用している", e.Reason));
        Assert.Equal("1 文書: 警告 0 件、注意 0 件、除外 2 件（相対時点 1、参照 1）", result.Summary());
    }

    [Fact]
    public void An_exception_without_findings_is_a_notice()
    {
        string extra = "lint除外: 個人情報\nlint除外理由: 課の代表アドレス\n";

        KnowledgeLintFinding finding = Assert.Single(Lint(LintDocuments.Document(LintDocuments.CleanBody, extra)).Findings);

        Assert.Equal(("lint除外", 5, KnowledgeLintSeverity.Notice), (finding.Rule, finding.Line, finding.Severity));
    }

    [Theory]
    [InlineData("lint除外: 相対時点\n", 5, "lint除外理由")]
    [InlineData("lint除外: 時点\nlint除外理由: 例\n", 5, "lint除外")]
    [InlineData("lint除外理由: 例\n", 5, "lint除外理由")]
    [InlineData("基準日: 2026/04/01\n", 5, "基準日")]
    public void A_malformed_exception_or_date_is_bad_input(string extra, int line, string field)
    {
        InputException error = Assert.Throws<InputException>(() => Lint(LintDocuments.Document(LintDocuments.CleanBody, extra)));

        InputError single = Assert.Single(error.Errors);
        Assert.Equal((line, field), (single.Line, single.Field));
    }

    [Fact]
    public void Unclosed_front_matter_and_a_missing_folder_are_bad_input()
    {
        Assert.Throws<InputException>(() => Lint("---\n所管課: 区民課\n# 手数料\n"));
        Assert.Throws<InputException>(() => KnowledgeLinter.Lint(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), new KnowledgeLintOptions(LintDocuments.Today)));
    }

    [Fact]
    public void An_unreadable_document_is_bad_input()
    {
        using var folder = new TempKnowledgeFolder().Write(File, LintDocuments.Document(LintDocuments.CleanBody));
        System.IO.File.CreateSymbolicLink(folder.FileOf("gone.md"), folder.FileOf("missing-target.md"));

        InputException error = Assert.Throws<InputException>(() => KnowledgeLinter.Lint(folder.Path, new KnowledgeLintOptions(LintDocuments.Today)));

        InputError single = Assert.Single(error.Errors);
        Assert.Equal(folder.FileOf("gone.md"), single.File);
        Assert.Contains("文書を読めません", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_keys_change_neither_the_chunks_nor_their_metadata_line()
    {
        string body = "# 用語\n\n「今年度」は使いません。";
        using var plain = new TempKnowledgeFolder().Write(File, LintDocuments.Document(body));
        using var excepted = new TempKnowledgeFolder().Write(File, LintDocuments.Document(body, "lint除外: 相対時点\nlint除外理由: 例\n基準日: 2026-04-01\n"));

        KnowledgeDocument before = Assert.Single(KnowledgeBaseLoader.Load(plain.Path).Documents);
        KnowledgeDocument after = Assert.Single(KnowledgeBaseLoader.Load(excepted.Path).Documents);

        Assert.Equal(HeadingChunker.MetadataLine(before), HeadingChunker.MetadataLine(after));
        Assert.Equal(
            HeadingChunker.Instance.Chunk(before).Select(c => (c.Id, c.Text)),
            HeadingChunker.Instance.Chunk(after).Select(c => (c.Id, c.Text)));
    }

    private static KnowledgeLintResult Lint(string text, KnowledgeLintOptions? options = null)
    {
        using var folder = new TempKnowledgeFolder().Write(File, text);
        return KnowledgeLinter.Lint(folder.Path, options ?? new KnowledgeLintOptions(LintDocuments.Today));
    }
}
