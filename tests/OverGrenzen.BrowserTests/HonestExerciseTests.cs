using System.Text.Json;
using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>Exercises that cannot be passed without reading: shuffled order, feedback in steps, moving items, checklists, the result card.</summary>
[Collection(SiteCollection.Name)]
public class HonestExerciseTests(SiteFixture site)
{
    private const string Casus = "/casussen/een-plek-voor-jesse/";
    private const string OrderCasus = "/casussen/het-jazzorkest-rond-noah/";

    private static Task<string> OptionOrder(ILocator question) =>
        question.Locator("li[data-option]").EvaluateAllAsync<string>("items => items.map(li => li.dataset.option).join(',')");

    private static async Task Check(ILocator question, string options)
    {
        await question.Locator(options).First.Locator("input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
    }

    private static async Task<JsonElement> StoredAnswer(IPage page, string casus, string question)
    {
        var json = await page.EvaluateAsync<string>("localStorage.getItem('overgrenzen:v1')");
        return JsonDocument.Parse(json).RootElement.GetProperty("casussen").GetProperty(casus).GetProperty("answers").GetProperty(question);
    }

    [Fact]
    public async Task The_option_order_changes_over_attempts_and_the_stored_answer_still_grades_right()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("#vraag-vorm");
        var orders = new HashSet<string> { await OptionOrder(question) };
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await Check(question, "li[data-correct=false]");
            await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Nog niet");
            await question.Locator("[data-retry]").ClickAsync();
            orders.Add(await OptionOrder(question));
        }
        Assert.True(orders.Count > 1, "the options were shown in the same order on every attempt");

        await Check(question, "li[data-correct=true]");
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");
        var answer = await StoredAnswer(page, "een-plek-voor-jesse", "vorm");
        var right = await question.Locator("li[data-correct=true]").GetAttributeAsync("data-option");
        Assert.Equal(right, answer.GetProperty("value")[0].GetString());
        Assert.Equal(7, answer.GetProperty("attempts").GetInt32());
        Assert.False(answer.GetProperty("firstCorrect").GetBoolean());

        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        await Assertions.Expect(page.Locator("#vraag-vorm li.is-correct")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#vraag-vorm li[data-correct=true] input")).ToBeCheckedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Toon_antwoord_is_absent_before_an_attempt_and_present_after()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("#vraag-passend");
        await Assertions.Expect(question.Locator("details[data-answer-details]")).ToBeHiddenAsync();
        await Assertions.Expect(question.Locator("[data-retry]")).ToBeHiddenAsync();
        await Check(question, "li[data-correct=true]");
        await Assertions.Expect(question.Locator("details[data-answer-details]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("[data-retry]")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_first_wrong_attempt_shows_the_hint_and_not_the_explanations_and_the_second_shows_them()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("#vraag-vorm");
        await Check(question, "li[data-correct=false]");
        await Assertions.Expect(question.Locator("[data-hint]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("[data-hint]")).ToContainTextAsync("gezamenlijk plan");
        await Assertions.Expect(question.Locator("[data-feedback]:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(question.Locator("li.is-wrong")).ToContainTextAsync("Niet goed");
        await Assertions.Expect(question.Locator("li.is-missed")).ToHaveCountAsync(0);

        await question.Locator("[data-retry]").ClickAsync();
        await Check(question, "li[data-correct=false]");
        await Assertions.Expect(question.Locator("li.is-wrong [data-feedback]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("li.is-missed")).ToContainTextAsync("Gemist");
        await Assertions.Expect(question.Locator("li.is-missed [data-feedback]")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_a_written_hint_the_hint_names_and_links_the_framework_page_and_the_explanations_come_on_request()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("#vraag-factoren");
        await question.Locator("li[data-correct=false] input").First.CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-hint] a").First).ToHaveAttributeAsync("href", "/kader/factoren/autonomie-en-mandaat/");
        await Assertions.Expect(question.Locator("[data-feedback]:visible")).ToHaveCountAsync(0);
        await question.Locator("[data-explain]").ClickAsync();
        await Assertions.Expect(question.Locator("li.is-wrong [data-feedback]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("li.is-missed").First).ToContainTextAsync("Gemist");
        await Assertions.Expect(question.Locator("li.is-missed").First).Not.ToContainTextAsync("Niet goed");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_order_question_can_be_solved_with_the_keyboard_only()
    {
        var (page, errors) = await site.OpenAsync(OrderCasus);
        var question = page.Locator("form.question[data-kind=order]");
        var questionId = await question.GetAttributeAsync("data-question");
        var count = await question.Locator("li[data-item]").CountAsync();

        // Selection sort by keyboard: for each place, move the item that belongs there up with its Omhoog button.
        for (var place = 1; place <= count; place++)
        {
            while (true)
            {
                var answers = await question.Locator("li[data-item]").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.answer)");
                var at = Array.IndexOf(answers, place.ToString());
                if (at == place - 1)
                    break;
                var target = $"#vraag-{questionId} li[data-answer='{place}'] button[data-move=up]";
                for (var i = 0; i < 400 && !await page.EvaluateAsync<bool>($"document.activeElement === document.querySelector(\"{target}\")"); i++)
                    await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync($"plaats {at} van {count}");
                Assert.True(await page.EvaluateAsync<bool>($"document.activeElement === document.querySelector(\"{target}\")"), "focus left the moved item's button");
            }
        }
        while (await page.EvaluateAsync<string?>("document.activeElement?.type") != "submit")
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed!");
        await Assertions.Expect(question.Locator("li.is-correct")).ToHaveCountAsync(count);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_open_question_shows_its_checklist_after_the_student_writes_an_answer()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("#vraag-reflectie");
        await Assertions.Expect(question.Locator("[data-checklist]")).ToBeHiddenAsync();
        await Assertions.Expect(question.Locator("details[data-answer-details]")).ToBeHiddenAsync();
        await question.Locator("textarea").FillAsync("Samen terugkijken op aanmeldingen en afspreken wie terugkoppelt.");
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-checklist] li")).ToHaveCountAsync(4);
        await Assertions.Expect(question.Locator("[data-checklist]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("details[data-answer-details]")).ToBeVisibleAsync();
        var answer = await StoredAnswer(page, "een-plek-voor-jesse", "reflectie");
        Assert.False(answer.TryGetProperty("firstCorrect", out _));
        Assert.Equal(1, answer.GetProperty("attempts").GetInt32());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_result_card_gives_the_score_the_pages_to_reread_and_the_next_route_step()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        await AnswerWholeCasus(page, firstWrong: "vorm");
        var card = page.Locator("[data-result-card]");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-result-score]")).ToContainTextAsync("4 van 4");
        await Assertions.Expect(card.Locator("[data-result-missed-list] a").First).ToHaveAttributeAsync("href", "/kader/vormen/");
        var next = await page.Locator(".route-nav a[rel=next]").First.GetAttributeAsync("href");
        await Assertions.Expect(card.Locator($"[data-result-next] a[href='{next}']")).ToContainTextAsync("Volgende stap");
        await Assertions.Expect(card.Locator("[data-result-next] a[href='/mijn-antwoorden/']")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    /// <summary>Answers every question of the open casus right (the one named first wrong, then right).</summary>
    internal static async Task AnswerWholeCasus(IPage page, string? firstWrong = null)
    {
        foreach (var form in await page.Locator("form.question").AllAsync())
        {
            var id = await form.GetAttributeAsync("data-question");
            switch (await form.GetAttributeAsync("data-kind"))
            {
                case "single":
                    if (id == firstWrong)
                    {
                        await Check(form, "li[data-correct=false]");
                        await form.Locator("[data-retry]").ClickAsync();
                    }
                    await Check(form, "li[data-correct=true]");
                    break;
                case "multiple":
                    foreach (var input in await form.Locator("li[data-correct=true] input").AllAsync())
                        await input.CheckAsync();
                    await form.Locator("button[type=submit]").ClickAsync();
                    break;
                case "open":
                    await form.Locator("textarea").FillAsync("Mijn gedachte.");
                    await form.Locator("button[type=submit]").ClickAsync();
                    break;
                default:
                    throw new InvalidOperationException("This helper answers choice and open questions only.");
            }
            await Assertions.Expect(form.Locator("[data-status]")).Not.ToBeEmptyAsync();
        }
    }
}
