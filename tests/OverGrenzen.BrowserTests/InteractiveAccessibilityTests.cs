using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>axe on the states a static crawl does not see: feedback shown, search results, the open mobile menu.</summary>
[Collection(SiteCollection.Name)]
public class InteractiveAccessibilityTests(SiteFixture site)
{
    private static async Task AssertNoViolations(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_casus_before_and_after_answering(int width)
    {
        var (page, errors) = await site.OpenAsync("/casussen/het-jazzorkest-rond-noah/", width);
        await AssertNoViolations(page);
        await CasusAnswers.AnswerEveryQuestionAsync(page, "Mijn gedachte.");
        await Assertions.Expect(page.Locator("[data-casus-result]")).Not.ToBeEmptyAsync();
        await AssertNoViolations(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_search_page_with_results()
    {
        var (page, errors) = await site.OpenAsync("/zoeken/?q=vertrouwen");
        await Assertions.Expect(page.Locator("[data-search-results] li").First).ToBeVisibleAsync();
        await AssertNoViolations(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_open_mobile_menu()
    {
        var (page, errors) = await site.OpenAsync("/", 390, 800);
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await page.ClickAsync(".nav-toggle");
        await Assertions.Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync(".nav-toggle", "aria-expanded"));
        await AssertNoViolations(page);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task My_answers_with_stored_answers()
    {
        var (page, errors) = await site.OpenAsync("/casussen/rondom-milan/");
        var question = page.Locator("form.question[data-kind=single], form.question[data-kind=multiple]").First;
        await question.Locator("input").First.CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await page.GotoAsync(site.BaseUrl + "/mijn-antwoorden/");
        await SiteFixture.ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-answers-list]")).ToContainTextAsync("Rondom Milan");
        await AssertNoViolations(page);
        Assert.Empty(errors);
    }
}
