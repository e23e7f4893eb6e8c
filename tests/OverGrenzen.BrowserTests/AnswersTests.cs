using Microsoft.Playwright;

namespace OverGrenzen.BrowserTests;

[Collection(SiteCollection.Name)]
public class AnswersTests(SiteFixture site)
{
    [Fact]
    public async Task Answers_can_be_exported_cleared_and_imported_again()
    {
        var (page, errors) = await site.OpenAsync("/casussen/een-plek-voor-jesse/");
        var question = page.Locator("form.question[data-kind=single]").First;
        await question.Locator("li[data-correct=true] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");

        await page.GotoAsync(site.BaseUrl + "/mijn-antwoorden/");
        await SiteFixture.ReadyAsync(page);
        var list = page.Locator("[data-answers-list]");
        await Assertions.Expect(list).ToContainTextAsync("Een plek voor Jesse");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        var file = Path.Combine(Path.GetTempPath(), "og-antwoorden-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        await download.SaveAsAsync(file);
        Assert.Contains("een-plek-voor-jesse", await File.ReadAllTextAsync(file));

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.ClickAsync("[data-action=clear]");
        await Assertions.Expect(list).Not.ToContainTextAsync("Een plek voor Jesse");

        await page.SetInputFilesAsync("#import-bestand", file);
        await Assertions.Expect(list).ToContainTextAsync("Een plek voor Jesse");
        File.Delete(file);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_bad_import_file_gets_a_message_and_changes_nothing()
    {
        var (page, errors) = await site.OpenAsync("/mijn-antwoorden/");
        await page.EvaluateAsync("localStorage.clear()");
        await page.SetInputFilesAsync("#import-bestand", new FilePayload { Name = "kapot.json", MimeType = "application/json", Buffer = "{\"version\": 99, \"casussen\": \"<script>\"}"u8.ToArray() });
        await Assertions.Expect(page.Locator("[data-answers-status]")).Not.ToBeEmptyAsync();
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('overgrenzen:v1')"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_crafted_assignment_link_shows_its_markup_as_text()
    {
        var payload = Uri.EscapeDataString("{\"v\":1,\"t\":\"<img src=x onerror=alert(1)>Opdracht\",\"d\":\"\",\"c\":[\"een-plek-voor-jesse\"]}");
        var (page, errors) = await site.OpenAsync("/opdracht/#" + payload);
        await Assertions.Expect(page.Locator("[data-assignment-title]")).ToHaveTextAsync("<img src=x onerror=alert(1)>Opdracht");
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(0, await page.Locator("[data-assignment] script").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_assignment_link_with_an_invalid_id_gets_a_clear_message()
    {
        var payload = Uri.EscapeDataString("{\"v\":1,\"t\":\"Opdracht\",\"d\":\"\",\"c\":[\"<script>alert(1)</script>\"]}");
        var (page, errors) = await site.OpenAsync("/opdracht/#" + payload);
        await Assertions.Expect(page.Locator("[data-assignment-message]")).Not.ToBeEmptyAsync();
        Assert.Equal(0, await page.Locator("[data-assignment] script").CountAsync());
        Assert.Empty(errors);
    }
}
