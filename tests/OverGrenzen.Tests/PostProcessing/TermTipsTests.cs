using AngleSharp.Html.Parser;
using OverGrenzen.Rendering;

namespace OverGrenzen.Tests.PostProcessing;

/// <summary>A <c>begrip:</c> link gets its short definition in place, as a popover right after it.</summary>
public class TermTipsTests
{
    private const string Files = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---
        Vraag het [lokaal team](begrip:lokaal-team). Of het [team](begrip:lokaal-team) van de wijk.

        ## Over het [lokaal team](begrip:lokaal-team)

        Tekst.
        -- begrippen.md --
        ---
        title: Begrippen
        description: Alle begrippen.
        layout: begrippen
        ---
        -- bronnen.md --
        ---
        title: Bronnen
        description: De bronnen.
        layout: bronnen
        ---
        -- data/begrippen.yml --
        - id: lokaal-team
          term: Lokaal team
          definition: |
            Een team in de wijk dat gezinnen helpt [@rapport]. Het verwijst ook door.
          source: rapport
        """;

    [Fact]
    public async Task Every_glossary_link_in_the_text_gets_a_button_that_opens_the_first_sentence_of_its_definition()
    {
        using var site = new TestSite(Files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var document = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var toggles = document.QuerySelectorAll("main p button.term-toggle");
        Assert.Equal(2, toggles.Length);
        foreach (var toggle in toggles)
        {
            Assert.Equal("/begrippen/#lokaal-team", toggle.PreviousElementSibling!.GetAttribute("href"));
            var tip = toggle.NextElementSibling!;
            Assert.Equal(toggle.GetAttribute("popovertarget"), tip.Id);
            Assert.True(tip.HasAttribute("popover"));
            Assert.Equal("Lokaal team Een team in de wijk dat gezinnen helpt (Kennisnetwerk Jeugd Haaglanden, z.d.). Meer bij Begrippen", tip.TextContent);
            Assert.Equal("/begrippen/#lokaal-team", tip.QuerySelector("a")!.GetAttribute("href"));
        }
        Assert.Equal(2, toggles.Select(t => t.GetAttribute("popovertarget")).Distinct().Count());
        Assert.Contains("Wat betekent Lokaal team?", toggles[0].TextContent);

        // Not in a heading (the button would join the heading's name), and the marker never ships.
        Assert.Empty(document.QuerySelectorAll("h2 button"));
        Assert.DoesNotContain("data-term", site.ReadOutput("index.html"));
    }

    [Theory]
    [InlineData("Een team. Het helpt.", "Een team.")]
    [InlineData("Zorg voor volwassenen.", "Zorg voor volwassenen.")]
    [InlineData("Het 1G1P-plan, o.a. voor gezinnen.\n  Dan meer.", "Het 1G1P-plan, o.a. voor gezinnen.")]
    [InlineData("Wat is het? \"Niemand\" weet het.", "Wat is het?")]
    public void The_short_definition_is_the_first_sentence(string text, string expected) =>
        Assert.Equal(expected, GlossarySummaries.FirstSentence(text));
}
