using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>The continuum and the orchestra: readable text, big enough targets, or the HTML list instead.</summary>
[Collection(SiteCollection.Name)]
public class PictureTests(SiteFixture site)
{
    public static TheoryData<string, int> PicturePages() => new()
    {
        { "/kader/vormen/", 390 }, { "/kader/vormen/", 1280 },
        { "/onderzoeken/integratie-jeugdhulp-en-v-ggz/", 390 }, { "/onderzoeken/integratie-jeugdhulp-en-v-ggz/", 1280 },
        { "/kader/vormen/interprofessioneel-netwerk/", 390 },
        { "/kader/jazzorkest/", 390 }, { "/kader/jazzorkest/", 1280 },
        { "/", 390 },
    };

    /// <summary>Per visible picture: text under 12 px, links under 24 × 24 px, labels wider than their shape; and whether a list stands in.</summary>
    private const string Measure = """
        () => [...document.querySelectorAll("figure.continuum, figure.orchestra")].map(figure => {
          const svg = figure.querySelector("svg");
          const list = figure.querySelector(".continuum-list, .orchestra-list");
          const svgShown = svg.getClientRects().length > 0;
          const listShown = list.getClientRects().length > 0;
          const problems = [];
          if (svgShown) {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            for (const text of svg.querySelectorAll("text")) {
              const px = parseFloat(getComputedStyle(text).fontSize) * scale;
              if (px < 11.99) problems.push(`text ${px.toFixed(1)}px: ${text.textContent}`);
            }
            for (const a of svg.querySelectorAll("a")) {
              const r = a.getBoundingClientRect();
              if (r.width < 24 || r.height < 24) problems.push(`target ${r.width}x${r.height}: ${a.getAttribute("href")}`);
              const shape = a.querySelector("rect");
              for (const text of a.querySelectorAll(".study-name, .form-name")) {
                const t = text.getBoundingClientRect(), s = shape.getBoundingClientRect();
                if (t.right > s.right + 0.5 || t.left < s.left - 0.5) problems.push(`spills out: ${text.textContent}`);
              }
            }
          }
          if (listShown)
            for (const a of list.querySelectorAll("a")) {
              const r = a.getBoundingClientRect();
              if (r.width < 24 || r.height < 24) problems.push(`list target ${r.width}x${r.height}: ${a.getAttribute("href")}`);
            }
          const svgLinks = [...svg.querySelectorAll("a")].map(a => a.getAttribute("href")).sort();
          const listLinks = [...list.querySelectorAll("a")].map(a => a.getAttribute("href")).sort();
          return { svgShown, listShown, problems, sameLinks: JSON.stringify(svgLinks) === JSON.stringify(listLinks) };
        })
        """;

    private sealed class Figure
    {
        public bool SvgShown { get; set; }
        public bool ListShown { get; set; }
        public string[] Problems { get; set; } = [];
        public bool SameLinks { get; set; }
    }

    [Theory]
    [MemberData(nameof(PicturePages))]
    public async Task Pictures_have_text_of_at_least_12px_and_targets_of_24px_or_show_the_list(string path, int width)
    {
        var (page, errors) = await site.OpenAsync(path, width);
        var figures = await page.EvaluateAsync<Figure[]>(Measure);
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            Assert.True(figure.SvgShown ^ figure.ListShown, "exactly one of picture and list is shown");
            Assert.True(figure.Problems.Length == 0, string.Join('\n', figure.Problems));
            Assert.True(figure.SameLinks, "the list has the same links as the picture");
        }
        if (width == 1280)
            Assert.All(figures, f => Assert.True(f.SvgShown, "the picture is shown on a wide screen"));
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_study_page_marks_its_own_pills_not_its_level()
    {
        var (page, errors) = await site.OpenAsync("/onderzoeken/integratie-jeugdhulp-en-v-ggz/");
        var marked = await page.Locator(".continuum-svg .is-highlight").EvaluateAllAsync<string[]>(
            "els => els.map(e => e.closest('a').getAttribute('href'))");
        Assert.NotEmpty(marked);
        Assert.All(marked, href => Assert.Equal("/onderzoeken/integratie-jeugdhulp-en-v-ggz/", href));
        Assert.Equal(0, await page.Locator(".continuum-svg .form-box.is-highlight").CountAsync());
        await Assertions.Expect(page.Locator("figure.continuum .figure-legend .legend-pill.dashed")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
