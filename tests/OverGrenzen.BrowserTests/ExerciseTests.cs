using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

[Collection(SiteCollection.Name)]
public class ExerciseTests(SiteFixture site)
{
    private const string Casus = "/casussen/een-plek-voor-jesse/";

    [Fact]
    public async Task A_wrong_then_right_answer_shows_feedback_and_is_kept_after_reload()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("form.question[data-kind=single]").First;
        var questionId = await question.GetAttributeAsync("data-question");

        await question.Locator("li[data-correct=false] input").First.CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Nog niet");
        await Assertions.Expect(question.Locator("[data-hint]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("li.is-wrong").First).ToContainTextAsync("Niet goed");

        await question.Locator("[data-retry]").ClickAsync();
        await question.Locator("li[data-correct=true] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");
        await Assertions.Expect(question.Locator("li.is-correct [data-feedback]")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        var reloaded = page.Locator($"form.question[data-question='{questionId}']");
        await Assertions.Expect(reloaded.Locator("li[data-correct=true] input")).ToBeCheckedAsync();
        await Assertions.Expect(reloaded.Locator("li.is-correct")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_question_can_be_answered_with_the_keyboard_only()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("form.question[data-kind=single]").First;
        var firstRadio = question.Locator("input[type=radio]").First;
        var radioId = await firstRadio.GetAttributeAsync("id");

        for (var i = 0; i < 300 && await page.EvaluateAsync<string?>("document.activeElement?.id") != radioId; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal(radioId, await page.EvaluateAsync<string?>("document.activeElement?.id"));

        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("submit", await page.EvaluateAsync<string?>("document.activeElement?.type"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question.Locator("[data-status]")).Not.ToBeEmptyAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_corrupt_stored_value_still_gives_a_working_page()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        await page.EvaluateAsync("localStorage.setItem('overgrenzen:v1', '{\"version\":1,\"casussen\":{\"een-plek-voor-jesse\":42}} kapot')");
        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        await page.Locator("form.question[data-kind=single] li[data-correct=true] input").First.CheckAsync();
        await page.Locator("form.question[data-kind=single] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator("form.question[data-kind=single] [data-status]").First).ToContainTextAsync("Goed");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_assignment_link_shows_the_chosen_casussen_and_markup_in_it_as_text()
    {
        var (page, errors) = await site.OpenAsync("/opdracht/maken/");
        await page.FillAsync("#opdracht-titel", "Week 3 <b>samenwerken</b>");
        foreach (var index in new[] { 0, 1 })
        {
            await page.Locator("#voeg-casus").SelectOptionAsync(new SelectOptionValue { Index = index });
            await page.ClickAsync("[data-add=casus]");
        }
        await page.Locator("form[data-make-assignment] button[type=submit]").ClickAsync();
        var link = await page.InputValueAsync("#opdracht-link");
        Assert.Contains("/opdracht/#", link);

        await page.GotoAsync(link);
        await SiteFixture.ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-assignment-title]")).ToHaveTextAsync("Week 3 <b>samenwerken</b>");
        Assert.Equal(0, await page.Locator("[data-assignment-title] b").CountAsync());
        await Assertions.Expect(page.Locator("[data-assignment-list] a")).ToHaveCountAsync(2);
        Assert.Empty(errors);
    }
}
