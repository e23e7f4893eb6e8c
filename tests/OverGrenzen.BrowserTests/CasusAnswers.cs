using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

/// <summary>Filling in a whole casus as a student would, for tests that need the state after answering.</summary>
public static class CasusAnswers
{
    /// <summary>
    /// Answers every question on the page and checks it: the first option of a choice, the second option of every
    /// select in a sorting or ordering question, <paramref name="openAnswer"/> in an open question.
    /// </summary>
    public static async Task AnswerEveryQuestionAsync(IPage page, string openAnswer)
    {
        foreach (var form in await page.Locator("form.question").AllAsync())
        {
            switch (await form.GetAttributeAsync("data-kind"))
            {
                case "single" or "multiple":
                    await form.Locator("input").First.CheckAsync();
                    break;
                case "classify" or "order":
                    foreach (var select in await form.Locator("select").AllAsync())
                        await select.SelectOptionAsync(new SelectOptionValue { Index = 1 });
                    break;
                default:
                    await form.Locator("textarea").FillAsync(openAnswer);
                    break;
            }
            await form.Locator("button[type=submit]").ClickAsync();
        }
    }
}
