using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>axe on every state the honest exercises and classroom mode add, at phone and desktop width.</summary>
[Collection(SiteCollection.Name)]
public class HonestExerciseAccessibilityTests(SiteFixture site)
{
    private static async Task AssertNoViolations(IPage page, string state)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, state + ":\n" + string.Join('\n', violations));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Hint_explanations_checklist_and_result_card(int width)
    {
        var (page, errors) = await site.OpenAsync("/casussen/een-plek-voor-jesse/", width);
        var question = page.Locator("#vraag-vorm");
        await question.Locator("li[data-correct=false] input").First.CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-hint]")).ToBeVisibleAsync();
        await AssertNoViolations(page, "first wrong attempt with hint");

        await question.Locator("[data-explain]").ClickAsync();
        await Assertions.Expect(question.Locator("li.is-missed [data-feedback]")).ToBeVisibleAsync();
        await AssertNoViolations(page, "explanations with Gemist");

        var open = page.Locator("#vraag-reflectie");
        await open.Locator("textarea").FillAsync("Samen terugkijken.");
        await open.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(open.Locator("[data-checklist]")).ToBeVisibleAsync();
        await AssertNoViolations(page, "open question with checklist");

        await question.Locator("[data-retry]").ClickAsync();
        await HonestExerciseTests.AnswerWholeCasus(page);
        await Assertions.Expect(page.Locator("[data-result-card]")).ToBeVisibleAsync();
        await AssertNoViolations(page, "result card");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task An_order_question_after_moving_and_checking(int width)
    {
        var (page, errors) = await site.OpenAsync("/casussen/het-jazzorkest-rond-noah/", width);
        var question = page.Locator("form.question[data-kind=order]");
        await question.Locator("button[data-move=down]").First.ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("plaats 2");
        await AssertNoViolations(page, "order question after a move");
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).Not.ToBeEmptyAsync();
        await AssertNoViolations(page, "order question after checking");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Classroom_mode_on_a_question_with_the_answer_open(int width)
    {
        var (page, errors) = await site.OpenAsync("/casussen/het-jazzorkest-rond-noah/klassikaal/", width);
        await AssertNoViolations(page, "classroom, the casus");
        await page.ClickAsync("[data-slide-next]");
        await page.Locator("[data-slide]:visible [data-classroom-answer] summary").ClickAsync();
        await Assertions.Expect(page.Locator("[data-slide]:visible .answer-key")).ToBeVisibleAsync();
        await AssertNoViolations(page, "classroom, answer open");
        Assert.Empty(errors);
    }
}
