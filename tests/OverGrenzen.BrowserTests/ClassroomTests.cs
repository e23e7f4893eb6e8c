using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>Classroom mode: one screen at a time, arrow keys and buttons, the answer on click, nothing stored.</summary>
[Collection(SiteCollection.Name)]
public class ClassroomTests(SiteFixture site)
{
    private const string Classroom = "/casussen/het-jazzorkest-rond-noah/klassikaal/";

    [Fact]
    public async Task Classroom_mode_steps_through_with_arrow_keys_reveals_the_answer_on_click_and_stores_nothing()
    {
        var (page, errors) = await site.OpenAsync(Classroom);
        var slides = page.Locator("[data-slide]");
        var count = await slides.CountAsync();
        Assert.True(count >= 4);
        await Assertions.Expect(page.Locator("[data-slide]:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(slides.Nth(0)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(slides.Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(slides.Nth(0)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-slide-position]")).ToContainTextAsync("Vraag 1 van");
        Assert.Equal("H2", await page.EvaluateAsync<string>("document.activeElement.tagName"));

        var answer = slides.Nth(1).Locator("[data-classroom-answer] .answer-key");
        await Assertions.Expect(answer).ToBeHiddenAsync();
        await slides.Nth(1).Locator("[data-classroom-answer] summary").ClickAsync();
        await Assertions.Expect(answer).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(slides.Nth(2)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(slides.Nth(1)).ToBeVisibleAsync();

        await page.ClickAsync("[data-slide-next]");
        await Assertions.Expect(slides.Nth(2)).ToBeVisibleAsync();
        await page.ClickAsync("[data-slide-previous]");
        await page.ClickAsync("[data-slide-previous]");
        await Assertions.Expect(slides.Nth(0)).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync("[data-slide-previous]", "aria-disabled"));
        for (var i = 0; i < count + 2; i++)
            await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(slides.Nth(count - 1)).ToBeVisibleAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Werkvorm");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_casus_page_and_its_lecturer_page_link_to_classroom_mode()
    {
        var (page, errors) = await site.OpenAsync("/casussen/het-jazzorkest-rond-noah/docent/");
        await page.ClickAsync("a[href$='/klassikaal/']");
        // A locator, not WaitForFunction: a string expression is evaluated with eval, which the CSP forbids.
        await page.WaitForURLAsync("**" + Classroom);
        await SiteFixture.ReadyAsync(page);
        Assert.EndsWith(Classroom, page.Url);
        await page.GotoAsync(site.BaseUrl + "/casussen/het-jazzorkest-rond-noah/");
        await Assertions.Expect(page.Locator($"a[href='{Classroom}']")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
