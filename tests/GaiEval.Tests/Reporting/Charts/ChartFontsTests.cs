namespace GaiEval.Tests.Reporting.Charts;

using GaiEval.Reporting.Charts;

public sealed class ChartFontsTests
{
    [Fact]
    public void Picks_Noto_Sans_CJK_JP_when_it_is_installed()
    {
        Assert.True(
            ChartFonts.IsInstalled("Noto Sans CJK JP"),
            "Noto Sans CJK JP is not installed: install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk).");

        ChartFont font = ChartFonts.Resolve();

        Assert.Equal(new ChartFont("Noto Sans CJK JP", Japanese: true, Notice: null), font);
        Assert.True(ChartFonts.HasGlyphs(font.Name, "日本語"));
    }

    [Fact]
    public void Falls_back_to_an_installed_latin_font_with_a_Japanese_notice_when_no_candidate_is_installed()
    {
        ChartFont font = ChartFonts.Resolve(["No Such Gothic", "Missing Mincho Pro"]);

        Assert.False(font.Japanese);
        Assert.Equal(ChartFont.MissingJapaneseFontNotice, font.Notice);
        Assert.Contains("日本語フォントが見つからない", font.Notice, StringComparison.Ordinal);
        Assert.DoesNotContain(font.Name, new[] { "No Such Gothic", "Missing Mincho Pro" });
    }

    [Fact]
    public void Rejects_an_installed_font_that_has_no_Japanese_glyphs()
    {
        Assert.True(ChartFonts.IsInstalled("DejaVu Sans"), "DejaVu Sans is not installed (Debian package fonts-dejavu-core).");

        ChartFont font = ChartFonts.Resolve(["DejaVu Sans"]);

        Assert.False(font.Japanese);
        Assert.NotNull(font.Notice);
    }

    [Fact]
    public void An_unknown_name_is_not_reported_as_installed()
    {
        Assert.False(ChartFonts.IsInstalled("No Such Gothic"));
    }
}
