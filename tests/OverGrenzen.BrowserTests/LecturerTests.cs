using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// What lecturers get back without a server: the class overview of many exports, assignments that keep
/// a route's order and reading steps, the banner that walks an assignment, and a hand-in that prints once.
/// </summary>
[Collection(SiteCollection.Name)]
public class LecturerTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Casus = "/casussen/rondom-milan/";
    private const string Overview = "/opdracht/overzicht/";

    private static async Task AssertAxeClean(IPage page, string state)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, state + ":\n" + string.Join('\n', violations));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{state}: {widths[0]} px wide in a {widths[1]} px window");
    }

    /// <summary>A student in a fresh browser context answers the first single-choice question with one option and exports.</summary>
    private async Task<(byte[] File, string QuestionId)> StudentExport(string option, string name)
    {
        var (page, errors) = await site.OpenAsync(Casus);
        var question = page.Locator("form.question[data-kind=single]").First;
        var questionId = await question.GetAttributeAsync("data-question") ?? "";
        await question.Locator($"li[data-option='{option}'] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).Not.ToBeEmptyAsync();
        var open = page.Locator("form.question[data-kind=open]").First;
        await open.Locator("textarea").FillAsync($"Open antwoord met keuze {option}.");
        await open.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(open.Locator("[data-status]")).Not.ToBeEmptyAsync();
        await page.GotoAsync(site.BaseUrl + "/mijn-antwoorden/");
        await SiteFixture.ReadyAsync(page);
        await page.FillAsync("#student-naam", name);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
        return (bytes, questionId);
    }

    [Fact]
    public async Task The_class_overview_counts_two_students_skips_a_damaged_file_and_sends_nothing()
    {
        var (first, questionId) = await StudentExport("0", "Student Een");
        var (second, _) = await StudentExport("1", "Student Twee");
        Assert.Contains("\"name\": \"Student Een\"", System.Text.Encoding.UTF8.GetString(first));

        var (page, errors) = await site.OpenAsync(Overview);
        await AssertAxeClean(page, "class overview before reading, 1280");
        await page.SetViewportSizeAsync(390, 844);
        await AssertAxeClean(page, "class overview before reading, 390");
        await page.SetViewportSizeAsync(1280, 900);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.SetInputFilesAsync("#klas-bestanden", new[]
        {
            new FilePayload { Name = "een.json", MimeType = "application/json", Buffer = first },
            new FilePayload { Name = "twee.json", MimeType = "application/json", Buffer = second },
            new FilePayload { Name = "kapot.json", MimeType = "application/json", Buffer = first[..(first.Length / 2)] },
        });
        await Assertions.Expect(page.Locator("[data-class-status]")).ToContainTextAsync("2 geteld, 1 overgeslagen");
        await Assertions.Expect(page.Locator(".skipped-files li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".skipped-files li")).ToContainTextAsync("kapot.json: Dit is geen geldig bestand");

        var block = page.Locator($"section.class-question:has(#vraag-rondom-milan-{questionId})");
        await Assertions.Expect(block.Locator(".meta")).ToContainTextAsync("2 studenten beantwoord");
        // Rows in the order of the source: option 0 and option 1 were each chosen once, the others never.
        var counts = await block.Locator("table.choice-spread tbody td.number").AllTextContentsAsync();
        Assert.Equal(["1", "1"], counts.Take(2));
        Assert.All(counts.Skip(2), c => Assert.Equal("0", c));
        Assert.Empty(requests);

        // Open answers without names, unless the lecturer asks for them.
        var openAnswers = page.Locator(".open-answers");
        await Assertions.Expect(openAnswers).ToContainTextAsync("Open antwoord met keuze 0.");
        await Assertions.Expect(openAnswers).ToContainTextAsync("Open antwoord met keuze 1.");
        await Assertions.Expect(openAnswers).Not.ToContainTextAsync("Student Een");
        await page.CheckAsync("#klas-namen");
        await Assertions.Expect(openAnswers).ToContainTextAsync("Student Een: Open antwoord met keuze 0.");
        await page.UncheckAsync("#klas-namen");
        await AssertAxeClean(page, "class overview, 1280");
        await page.SetViewportSizeAsync(390, 844);
        await AssertAxeClean(page, "class overview, 390");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Measure_two_hundred_exports_of_a_full_route_read_in_the_browser()
    {
        var (file, _) = await StudentExport("0", "Student");
        var text = System.Text.Encoding.UTF8.GetString(file);
        var (page, errors) = await site.OpenAsync(Overview);
        // A student who did the whole pabo route: the same answers under each of its casussen.
        var route = new[] { "het-jazzorkest-rond-noah", "een-spreekuur-op-school", "rondom-milan", "een-gezinsconsulent-op-school", "de-klas-van-juf-amira" };
        var record = System.Text.Json.Nodes.JsonNode.Parse(text)!["casussen"]!["rondom-milan"]!.ToJsonString();
        var casussen = string.Join(",", route.Select(id => $"\"{id}\":{record}"));
        var files = Enumerable.Range(0, 200).Select(i => new FilePayload
        {
            Name = $"student-{i}.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"{{\"format\":\"overgrenzen-antwoorden\",\"version\":2,\"exported\":\"2026-03-01T10:00:00.000Z\",\"student\":{{\"name\":\"Student {i}\"}},\"casussen\":{{{casussen}}}}}"),
        }).ToArray();
        await page.SetInputFilesAsync("#klas-bestanden", files);
        await Assertions.Expect(page.Locator("[data-class-status]")).ToContainTextAsync("200 geteld, 0 overgeslagen");
        var ms = await page.GetAttributeAsync("[data-class-overview]", "data-read-ms");
        output.WriteLine($"[meting] klasoverzicht in Chromium: 200 exports van een volledige leerroute ({files.Sum(f => f.Buffer.Length) / 1024} kB) gelezen en getoond in {ms} ms");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_route_taken_over_keeps_its_order_and_reading_steps_and_the_banner_walks_it()
    {
        var (page, errors) = await site.OpenAsync("/opdracht/maken/", 390, 844);
        var routeId = await page.Locator("#opdracht-route option").Nth(1).GetAttributeAsync("value");
        var expected = (await page.Locator($"[data-casus-catalog] li[data-route='{routeId}']").GetAttributeAsync("data-steps"))!.Split(' ');
        await page.SelectOptionAsync("#opdracht-route", routeId!);
        var steps = page.Locator("[data-steps] > li");
        await Assertions.Expect(steps).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await steps.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.stepKey)"));
        Assert.Contains(expected, s => s.StartsWith('/'));
        await AssertAxeClean(page, "builder with a route, 390");

        // Reorder, drop and add with the buttons; focus stays on the moved step.
        var second = expected[1];
        await steps.Nth(1).Locator("[data-step-action=up]").ClickAsync();
        Assert.Equal(second, await steps.Nth(0).GetAttributeAsync("data-step-key"));
        await steps.Nth(expected.Length - 1).Locator("[data-step-action=remove]").ClickAsync();
        await Assertions.Expect(steps).ToHaveCountAsync(expected.Length - 1);
        await page.FillAsync("#opdracht-titel", "Week 3 pabo");
        await page.FillAsync("#opdracht-instructie", "Lees eerst, doe dan de casussen.");
        await page.ClickAsync("form[data-make-assignment] button[type=submit]");
        var link = await page.InputValueAsync("#opdracht-link");
        output.WriteLine($"[meting] opdrachtlink van {expected.Length - 1} stappen: {link.Length - site.BaseUrl.Length} tekens na de host");
        Assert.Contains("/opdracht/#v2&", link);
        await page.SetViewportSizeAsync(1280, 900);
        await AssertAxeClean(page, "builder with a link, 1280");

        await page.GotoAsync(link);
        await SiteFixture.ReadyAsync(page);
        var cards = page.Locator("[data-assignment-list] > li");
        await Assertions.Expect(cards).ToHaveCountAsync(expected.Length - 1);
        await Assertions.Expect(page.Locator("[data-assignment-instruction]")).ToContainTextAsync("Lees eerst");
        await AssertAxeClean(page, "assignment, 1280");

        // The banner walks the steps with its next link, in the order of the assignment.
        var urls = await cards.Locator("a.card-title").EvaluateAllAsync<string[]>("els => els.map(a => new URL(a.href).pathname)");
        await page.GotoAsync(site.BaseUrl + urls[0]);
        await SiteFixture.ReadyAsync(page);
        var banner = page.Locator("[data-assignment-banner]");
        await Assertions.Expect(banner).ToContainTextAsync($"Opdracht: Week 3 pabo · stap 1 van {urls.Length}");
        await AssertAxeClean(page, "banner, 1280");
        for (var i = 1; i < urls.Length; i++)
        {
            await banner.Locator("[data-assignment-next]").ClickAsync();
            await page.WaitForURLAsync("**" + urls[i]);
            await SiteFixture.ReadyAsync(page);
            await Assertions.Expect(banner).ToContainTextAsync($"stap {i + 1} van {urls.Length}");
        }
        Assert.Equal(0, await banner.Locator("[data-assignment-next]").CountAsync());
        await page.SetViewportSizeAsync(390, 844);
        await AssertAxeClean(page, "banner, 390");
        await banner.Locator("[data-assignment-back]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/opdracht/#v2&", StringComparison.Ordinal));
        await SiteFixture.ReadyAsync(page);

        // Closed, it stays away on the next page.
        await page.GotoAsync(site.BaseUrl + urls[0]);
        await SiteFixture.ReadyAsync(page);
        await banner.Locator("[data-action=close-assignment]").ClickAsync();
        await page.ReloadAsync();
        await SiteFixture.ReadyAsync(page);
        Assert.Equal(0, await banner.Locator("a").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_assignment_link_in_the_old_format_still_opens()
    {
        var payload = Uri.EscapeDataString("{\"v\":1,\"t\":\"Oude opdracht\",\"d\":\"2026-02-28\",\"c\":[\"rondom-milan\",\"een-plek-voor-jesse\"]}");
        var (page, errors) = await site.OpenAsync("/opdracht/#" + payload);
        await Assertions.Expect(page.Locator("[data-assignment-title]")).ToHaveTextAsync("Oude opdracht");
        await Assertions.Expect(page.Locator("[data-assignment-list] > li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-assignment-deadline]")).ToContainTextAsync("28 februari 2026");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_banner_page_loaded_cold_on_a_throttled_phone_does_not_shift()
    {
        const string remembered = """{"url":"/opdracht/#v2&t=X&s=rondom-milan.een-plek-voor-jesse","title":"Week 3 pabo","deadline":"","steps":[{"url":"/casussen/een-plek-voor-jesse/","title":"A","casus":"een-plek-voor-jesse"},{"url":"/casussen/rondom-milan/","title":"B","casus":"rondom-milan"}],"casussen":["een-plek-voor-jesse","rondom-milan"],"closed":false}""";
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        await context.AddInitScriptAsync($$"""
            localStorage.setItem("overgrenzen:opdracht", {{System.Text.Json.JsonSerializer.Serialize(remembered)}});
            window.__shift = 0;
            new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
              .observe({ type: "layout-shift", buffered: true });
            """);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.GotoAsync(site.BaseUrl + "/casussen/rondom-milan/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await SiteFixture.ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-assignment-banner]")).ToContainTextAsync("stap 2 van 2");
        await page.EvaluateAsync("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        output.WriteLine($"[meting] CLS van een opdrachtpagina met banner (390 px, 4x CPU): {shift.ToString("0.000", CultureInfo.InvariantCulture)}");
        Assert.True(shift <= 0.05, $"CLS {shift}");
    }

    [Fact]
    public async Task The_printed_hand_in_has_name_assignment_missing_casus_and_each_answer_once()
    {
        var (page, errors) = await site.OpenAsync("/opdracht/#v2&t=Inleveren%20week%204&d=20260320&s=een-plek-voor-jesse.rondom-milan");
        await Assertions.Expect(page.Locator("[data-assignment-list] > li")).ToHaveCountAsync(2);
        await page.GotoAsync(site.BaseUrl + "/casussen/een-plek-voor-jesse/");
        await SiteFixture.ReadyAsync(page);
        const string openAnswer = "Ik bel eerst de moeder van Jesse om samen te kijken.";
        await CasusAnswers.AnswerEveryQuestionAsync(page, openAnswer);
        await page.GotoAsync(site.BaseUrl + "/mijn-antwoorden/");
        await SiteFixture.ReadyAsync(page);
        await page.FillAsync("#student-naam", "Noor Jansen");
        await page.FillAsync("#student-nummer", "500777");
        await AssertAxeClean(page, "hand-in form, 1280");

        // Ctrl+P: the browser fires beforeprint, which fills the one printed copy.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = Path.Combine(Path.GetTempPath(), $"og-inleveren-{Guid.NewGuid():N}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var text = PdfText(pdf);
        File.Delete(pdf);
        Assert.Contains("Noor Jansen", text);
        Assert.Contains("500777", text);
        Assert.Contains("Inleveren week 4", text);
        Assert.Contains("Rondom Milan", text);
        Assert.Contains("Nog niet", text);
        Assert.Equal(1, Count(Squash(text), Squash(openAnswer)));
        Assert.DoesNotContain("Exporteer", text);
        Assert.DoesNotContain("Wis alle", text);
        Assert.Empty(errors);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string PdfText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
