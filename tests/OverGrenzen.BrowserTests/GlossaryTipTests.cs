using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>A glossary term linked in the text shows its short definition in place; /begrippen/ has an A–Z index.</summary>
[Collection(SiteCollection.Name)]
public class GlossaryTipTests(SiteFixture site)
{
    private const string CasusWithTerms = "/casussen/veiligheid-voor-kiki/";

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task A_glossary_definition_opens_with_the_keyboard_and_closes_with_escape(int width, int height)
    {
        var (page, errors) = await site.OpenAsync(CasusWithTerms, width, height);
        var link = page.Locator("main a[href$='#lokaal-team']").First;
        var toggle = link.Locator("xpath=following-sibling::button[1]");
        var tip = page.Locator("#" + await toggle.GetAttributeAsync("popovertarget"));
        await Assertions.Expect(tip).ToBeHiddenAsync();

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await Assertions.Expect(tip).ToContainTextAsync("Lokaal team");
        await Assertions.Expect(tip).ToContainTextAsync("gemeente of wijk");
        Assert.True(await tip.EvaluateAsync<bool>("t => t.matches(':popover-open')"));
        var box = await tip.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"The definition sticks out of the screen: {box.X}+{box.Width} at {width} px.");
        Assert.Empty(await Axe.ViolationsAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"og-term-tip-{width}.png") });

        // Tab goes from the button into the open definition, to its link to /begrippen/.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Meer bij Begrippen", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        Assert.Equal("/begrippen/#lokaal-team", await link.GetAttributeAsync("href"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_glossary_has_an_a_to_z_index_whose_letters_lead_to_their_terms()
    {
        var (page, errors) = await site.OpenAsync("/begrippen/", 390, 844);
        var index = page.GetByRole(AriaRole.Navigation, new() { Name = "Begrippen per letter" });
        await index.GetByRole(AriaRole.Link, new() { Name = "L", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#letter-l")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#letter-l + dl.glossary dt").First).ToHaveTextAsync("Lokaal team");
        Assert.Empty(errors);
    }
}
