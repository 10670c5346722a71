namespace GaiEval.Tests.Reporting.Html;

using System.Text.Json;
using GaiEval.Tests.Cli;
using GaiEval.Tests.Support;

/// <summary>report.html of a four-provider run (<see cref="FourMethodsRun"/>, through the CLI) laid out by headless Chromium at 1280 px.</summary>
public sealed class ReportLayoutBrowserTests(FourMethodsRun run) : IClassFixture<FourMethodsRun>
{
    [Fact]
    public async Task The_contents_carry_their_numbers_in_the_link_text_and_no_two_entries_overlap()
    {
        JsonElement entries = await HeadlessChromium.MeasureAsync(run.ReportFile("report.html"), """
            [...document.querySelectorAll('nav li')].map(li => {
              const box = li.getBoundingClientRect(), link = li.querySelector('a').getBoundingClientRect();
              return { text: li.textContent, marker: getComputedStyle(li).listStyleType,
                left: box.left, right: box.right, top: box.top, bottom: box.bottom, linkLeft: link.left, linkRight: link.right };
            })
            """);

        List<JsonElement> boxes = [.. entries.EnumerateArray()];
        Assert.True(boxes.Count >= 12, $"{boxes.Count} entries");
        for (int i = 0; i < boxes.Count; i++)
        {
            Assert.StartsWith($"{i + 1}. ", boxes[i].GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("none", boxes[i].GetProperty("marker").GetString());
            Assert.InRange(boxes[i].GetProperty("linkLeft").GetDouble(), boxes[i].GetProperty("left").GetDouble() - 0.5, boxes[i].GetProperty("right").GetDouble());
            Assert.InRange(boxes[i].GetProperty("linkRight").GetDouble(), boxes[i].GetProperty("left").GetDouble(), boxes[i].GetProperty("right").GetDouble() + 0.5);
            for (int j = 0; j < i; j++)
            {
                Assert.False(Overlap(boxes[i], boxes[j]), $"{boxes[j].GetProperty("text")} and {boxes[i].GetProperty("text")} overlap");
            }
        }
    }

    [Fact]
    public async Task At_1280_pixels_the_page_is_never_wider_than_the_window_and_every_table_scrolls_in_its_own_box()
    {
        JsonElement page = await HeadlessChromium.MeasureAsync(run.ReportFile("report.html"), """
            ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: innerWidth,
               tables: document.querySelectorAll('table').length,
               unwrapped: [...document.querySelectorAll('table:not(.answers)')].filter(t => !t.parentElement.matches('div.scroll')).map(t => t.textContent.slice(0, 40)),
               widest: Math.max(...[...document.querySelectorAll('div.scroll')].map(d => d.getBoundingClientRect().right)) })
            """);

        Assert.Equal(1280, page.GetProperty("innerWidth").GetInt32());
        Assert.True(page.GetProperty("tables").GetInt32() > 10);
        Assert.Empty(page.GetProperty("unwrapped").EnumerateArray());
        Assert.True(page.GetProperty("scrollWidth").GetInt32() <= 1280, $"the page is {page.GetProperty("scrollWidth")} px wide");
        Assert.True(page.GetProperty("widest").GetDouble() <= 1280);
    }

    private static bool Overlap(JsonElement a, JsonElement b) =>
        a.GetProperty("left").GetDouble() < b.GetProperty("right").GetDouble() - 0.5
        && b.GetProperty("left").GetDouble() < a.GetProperty("right").GetDouble() - 0.5
        && a.GetProperty("top").GetDouble() < b.GetProperty("bottom").GetDouble() - 0.5
        && b.GetProperty("top").GetDouble() < a.GetProperty("bottom").GetDouble() - 0.5;
}
