using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using OverGrenzen.Serving;
using Xunit.Abstractions;

namespace OverGrenzen.BrowserTests.Scorm;

/// <summary>
/// The SCORM packages in a real SCORM 1.2 runtime: scorm-again's Scorm12API as <c>window.API</c> on a harness page
/// that loads a SCO in an iframe, as an LMS does. The package is unpacked and served on its own.
/// </summary>
[Collection(SiteCollection.Name)]
public class ScormLmsTests(SiteFixture site, ITestOutputHelper output)
{
    private const string OpenAnswer =
        "Ik zou eerst met de ouders bespreken wat zij zelf zien en willen. Daarna vraag ik de intern begeleider " +
        "om samen met het lokaal team één plan te maken, met afspraken over wie wat doet en wanneer we elkaar weer " +
        "spreken. Zo hoeven de ouders hun verhaal niet drie keer te vertellen en weet iedereen wat de volgende stap is.";

    private static readonly XNamespace Cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    [Fact]
    public async Task Answering_a_routes_casussen_reports_score_status_and_answers_and_finishes()
    {
        // The route with the fullest casussen (five questions each in two of them): the most suspend_data.
        await using var lms = await PackageHost.StartAsync(site, "leerroute-sociaal-werk.zip");
        var largest = 0;
        foreach (var (launch, mastery) in lms.Scos())
        {
            var page = await lms.LaunchAsync(launch, new { cmi = new { student_data = new { mastery_score = mastery } } });
            var questions = await AnswerAllAsync(page, oneWrong: true);
            var closed = questions.Count(q => q != "open");

            var cmi = await LmsDataAsync(page);
            var expected = (int)Math.Round(100.0 * (closed - 1) / closed, MidpointRounding.AwayFromZero);
            Assert.Equal(expected.ToString(), cmi.GetProperty("core").GetProperty("score").GetProperty("raw").GetString());
            Assert.Equal("100", cmi.GetProperty("core").GetProperty("score").GetProperty("max").GetString());
            Assert.Equal(expected >= int.Parse(mastery) ? "passed" : "failed", cmi.GetProperty("core").GetProperty("lesson_status").GetString());
            Assert.Equal("suspend", cmi.GetProperty("core").GetProperty("exit").GetString());
            var suspend = cmi.GetProperty("suspend_data").GetString()!;
            Assert.InRange(suspend.Length, 1, 4095);
            largest = Math.Max(largest, suspend.Length);
            output.WriteLine($"{launch}: {questions.Count} questions, score {expected}, suspend_data {suspend.Length} characters");

            await LeaveAsync(page);
            Assert.True(await page.EvaluateAsync<bool>("window.lmsFinished"), $"{launch}: LMSFinish was not called when the page was left");
            await page.Context.CloseAsync();
        }
        // Each casus is its own SCO with its own suspend_data; the fullest one of the largest route, with every open
        // question answered in ~360 characters, uses this much of the 4,096 SCORM 1.2 allows.
        output.WriteLine($"largest suspend_data in the route: {largest} of 4096 characters");
        Assert.True(largest < 2048, $"suspend_data uses {largest} characters");
    }

    [Fact]
    public async Task A_relaunch_with_the_saved_cmi_data_restores_the_answers()
    {
        await using var lms = await PackageHost.StartAsync(site, "casus-rondom-milan.zip");
        var (launch, mastery) = lms.Scos().Single();
        var first = await lms.LaunchAsync(launch, new { cmi = new { student_data = new { mastery_score = mastery } } });
        await AnswerAllAsync(first, oneWrong: false);
        var saved = await LmsDataAsync(first);
        await LeaveAsync(first);
        await first.Context.CloseAsync();

        // A new browser context: nothing in localStorage, so whatever comes back came from the LMS.
        var again = await lms.LaunchAsync(launch, new
        {
            cmi = new
            {
                suspend_data = saved.GetProperty("suspend_data").GetString(),
                core = new { entry = "resume", lesson_status = saved.GetProperty("core").GetProperty("lesson_status").GetString() },
                student_data = new { mastery_score = mastery },
            },
        });
        var sco = again.FrameLocator("#sco");
        await Assertions.Expect(sco.Locator("[data-result-card]")).ToBeVisibleAsync();
        var single = sco.Locator("form.question[data-kind=single]").First;
        await Assertions.Expect(single.Locator("li[data-correct=true] input")).ToBeCheckedAsync();
        await Assertions.Expect(single.Locator("li.is-correct")).ToHaveCountAsync(1);
        await Assertions.Expect(sco.Locator("form.question[data-kind=open] textarea").First).ToHaveValueAsync(OpenAnswer);
        await Assertions.Expect(sco.Locator(".scorm-note")).ToHaveCountAsync(0);
        Assert.Equal("passed", await again.EvaluateAsync<string>("API.cmi.core.lesson_status"));
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task An_lms_that_returns_errors_leaves_the_exercise_usable_with_a_quiet_note()
    {
        await using var lms = await PackageHost.StartAsync(site, "casus-rondom-milan.zip");
        var (launch, _) = lms.Scos().Single();
        var page = await lms.LaunchAsync(launch, cmi: null, failing: true);
        var sco = page.FrameLocator("#sco");
        await Assertions.Expect(sco.Locator(".scorm-note")).ToContainTextAsync("niet naar de elektronische leeromgeving");

        var question = sco.Locator("form.question[data-kind=single]").First;
        await question.Locator("li[data-correct=true] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");
        await Assertions.Expect(sco.Locator(".scorm-note")).ToHaveCountAsync(1);
        // After the refused LMSInitialize nothing more is sent: no stream of failing calls.
        Assert.Equal(["LMSInitialize"], await page.EvaluateAsync<string[]>("window.lmsCalls"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_an_lms_a_packaged_casus_works_as_on_the_site()
    {
        await using var lms = await PackageHost.StartAsync(site, "casus-rondom-milan.zip");
        var (launch, _) = lms.Scos().Single();
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(lms.Url + launch);
        await SiteFixture.ReadyAsync(page);
        await Assertions.Expect(page.Locator(".scorm-note")).ToBeVisibleAsync();
        var question = page.Locator("form.question[data-kind=single]").First;
        await question.Locator("li[data-correct=true] input").CheckAsync();
        await question.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(question.Locator("[data-status]")).ToContainTextAsync("Goed");
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    /// <summary>Answers every question of the SCO (the first closed one wrong when asked) and checks each.</summary>
    private static async Task<IReadOnlyList<string>> AnswerAllAsync(IPage page, bool oneWrong)
    {
        var frame = page.Frame("sco") ?? page.Frames.Single(f => f.Url.EndsWith(".html", StringComparison.Ordinal));
        var kinds = await frame.EvaluateAsync<string[]>("""
            ([oneWrong, openAnswer]) => {
              // The first closed question gets a wrong answer when asked; the rest are right.
              let wrongLeft = oneWrong;
              const forms = [...document.querySelectorAll("form.question[data-question]")];
              for (const form of forms) {
                const kind = form.dataset.kind;
                const wrong = wrongLeft && kind !== "open";
                if (wrong) wrongLeft = false;
                if (kind === "single" || kind === "multiple") {
                  const options = [...form.querySelectorAll("li[data-option]")];
                  const pick = wrong ? [options.find((li) => li.dataset.correct !== "true")] : options.filter((li) => li.dataset.correct === "true");
                  for (const li of options) li.querySelector("input").checked = pick.includes(li);
                } else if (kind === "classify") {
                  for (const li of form.querySelectorAll("li[data-item]")) li.querySelector("select").value = li.dataset.answer;
                  if (wrong) {
                    const first = form.querySelector("li[data-item]");
                    const select = first.querySelector("select");
                    select.value = [...select.options].find((o) => o.value && o.value !== first.dataset.answer).value;
                  }
                } else if (kind === "order") {
                  const list = form.querySelector("[data-shuffle]");
                  const order = [...list.children].sort((a, b) => Number(a.dataset.answer) - Number(b.dataset.answer));
                  list.append(...(wrong ? order.reverse() : order));
                } else {
                  form.querySelector("textarea").value = openAnswer;
                }
                form.querySelector('button[type="submit"]').click();
              }
              return forms.map((f) => f.dataset.kind);
            }
            """, new object[] { oneWrong, OpenAnswer });
        Assert.NotEmpty(kinds);
        return kinds;
    }

    private static async Task<JsonElement> LmsDataAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("JSON.stringify(window.lmsData())")).RootElement;

    /// <summary>The student leaves the SCO (the LMS unloads its frame): pagehide → LMSFinish.</summary>
    private static async Task LeaveAsync(IPage page)
    {
        await page.EvaluateAsync("document.getElementById('sco').src = 'about:blank'");
        await page.WaitForFunctionAsync("window.lmsFinished === true", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    /// <summary>One package unpacked into a temporary folder with the harness beside it, served on a free port.</summary>
    private sealed class PackageHost : IAsyncDisposable
    {
        private readonly SiteFixture _site;
        private readonly string _folder;
        private readonly StaticSiteServer _server;

        private PackageHost(SiteFixture site, string folder, StaticSiteServer server) => (_site, _folder, _server) = (site, folder, server);

        public string Url => _server.Url + "/";

        public static async Task<PackageHost> StartAsync(SiteFixture site, string package)
        {
            var folder = Directory.CreateTempSubdirectory("og-scorm-lms-").FullName;
            ZipFile.ExtractToDirectory(Path.Combine(site.OutputRoot, "downloads", "scorm", package), folder);
            File.Copy(await ScormRuntime.ScriptAsync(), Path.Combine(folder, "scorm12.js"));
            foreach (var file in new[] { "harness.html", "harness.js" })
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Scorm", file), Path.Combine(folder, file));
            return new PackageHost(site, folder, await StaticSiteServer.StartAsync(folder, SiteFixture.FreePort()));
        }

        /// <summary>The SCOs in the manifest's order: launch file and mastery score.</summary>
        public IEnumerable<(string Launch, string Mastery)> Scos()
        {
            var manifest = XDocument.Load(Path.Combine(_folder, "imsmanifest.xml"));
            var resources = manifest.Descendants(Cp + "resource").ToDictionary(r => (string)r.Attribute("identifier")!);
            return manifest.Descendants(Cp + "item")
                .Select(item => (Item: item, Resource: resources[(string)item.Attribute("identifierref")!]))
                .Where(x => (string?)x.Resource.Attribute(Adlcp + "scormtype") == "sco")
                .Select(x => ((string)x.Resource.Attribute("href")!, x.Item.Element(Adlcp + "masteryscore")?.Value ?? ""))
                .ToArray();
        }

        /// <summary>Opens the harness in a new browser context and waits until the SCO's exercises are ready.</summary>
        public async Task<IPage> LaunchAsync(string launch, object? cmi, bool failing = false)
        {
            var context = await _site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            var query = "harness.html?launch=" + Uri.EscapeDataString(launch)
                + (cmi is null ? "" : "&cmi=" + Uri.EscapeDataString(JsonSerializer.Serialize(cmi)))
                + (failing ? "&mode=failing" : "");
            await page.GotoAsync(Url + query);
            await page.FrameLocator("#sco").Locator("html[data-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            return page;
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
