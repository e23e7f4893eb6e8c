using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OverGrenzen.Model;
using OverGrenzen.Model.Exercises;

namespace OverGrenzen.BrowserTests;

/// <summary>
/// What lecturers and students print, printed the way Chromium prints it (<c>page.pdf()</c>, A4) and read back with
/// <c>pdftotext</c>: the workbooks of a route, a casus with and without its answers, the framework on one A4.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class PrintTests(SiteFixture site)
{
    private const string Casus = "/casussen/het-jazzorkest-rond-noah/";

    [Fact]
    public async Task The_student_workbook_has_every_step_title_and_none_of_the_answer_explanations()
    {
        foreach (var route in site.Content.Routes)
        {
            var text = await PrintedTextAsync(route.Url + "werkboek/");
            foreach (var title in StepTitles(route.Data))
                Assert.True(text.Contains(Letters(title)), $"{route.Url}werkboek/ lacks the step '{title}'");
            foreach (var explanation in Explanations(route.Data))
                Assert.False(text.Contains(Letters(explanation)), $"{route.Url}werkboek/ shows the explanation '{explanation}'");
        }
    }

    [Fact]
    public async Task The_lecturer_workbook_has_every_step_title_and_every_answer_explanation()
    {
        var route = site.Content.Routes.First(r => r.Id == "pabo");
        var text = await PrintedTextAsync(route.Url + "docent/werkboek/");
        foreach (var title in StepTitles(route.Data))
            Assert.True(text.Contains(Letters(title)), $"the lecturer workbook lacks the step '{title}'");
        var explanations = Explanations(route.Data).ToArray();
        Assert.True(explanations.Length > 20);
        foreach (var explanation in explanations)
            Assert.True(text.Contains(Letters(explanation)), $"the lecturer workbook lacks the explanation '{explanation}'");
    }

    [Fact]
    public async Task The_framework_summary_prints_on_exactly_one_A4_page()
    {
        var (page, errors) = await site.OpenAsync(site.Content.PageWithLayout("kader-samenvatting")!.Url);
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        Assert.Equal(1, PageCount(pdf));
        var text = await PrintAsync(page);
        foreach (var form in site.Content.Forms)
            Assert.Contains(Letters(form.Title), text);
        foreach (var category in site.Content.Categories)
            Assert.Contains(Letters(category.Data.Role), text);
        foreach (var factor in site.Content.Factors)
            Assert.Contains(Letters(factor.Title), text);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_casus_printed_with_answers_shows_the_explanations_and_without_answers_does_not()
    {
        var (page, errors) = await site.OpenAsync(Casus);
        // The print dialog itself cannot be driven; page.pdf() prints as the dialog would, with beforeprint/afterprint.
        await page.EvaluateAsync("() => { window.print = () => {}; }");
        var casus = (Casus)site.Content.PageAt(Casus)!.Data;
        var explanations = casus.Questions.SelectMany(QuestionExplanations).ToArray();

        await page.ClickAsync("button[data-print='met']");
        var with = await PrintAsync(page);
        foreach (var explanation in explanations)
            Assert.True(with.Contains(Letters(explanation)), $"printed with answers, the casus lacks '{explanation}'");
        // After printing the answer keys are closed again, as they were.
        Assert.Equal(0, await page.Locator("details.answer[open]").CountAsync());

        await page.ClickAsync("button[data-print='zonder']");
        var without = await PrintAsync(page);
        foreach (var explanation in explanations)
            Assert.False(without.Contains(Letters(explanation)), $"printed without answers, the casus shows '{explanation}'");
        Assert.Contains(Letters(casus.Questions[0].Prompt.Source[..30]), without);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_sorting_card_sheet_has_one_card_per_statement_and_the_categories_as_header_cards()
    {
        var (page, errors) = await site.OpenAsync(Casus + "docent/kaarten/");
        var casus = (Casus)site.Content.PageAt(Casus)!.Data;
        var classify = casus.Questions.Where(q => q.Kind == QuestionKind.Classify).ToArray();
        Assert.Equal(classify.Sum(q => q.Items.Count), await page.Locator(".sort-card:not(.header-card)").CountAsync());
        Assert.Equal(classify.Sum(q => q.Categories.Count), await page.Locator(".header-card").CountAsync());

        (page, _) = await site.OpenAsync(Casus + "docent/");
        await Assertions.Expect(page.Locator("a[href$='/docent/kaarten/']")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    private IEnumerable<string> StepTitles(Route route) => route.Steps.Select(step => TitleOf(step.Ref));

    /// <summary>The title of the page a step refers to (<c>page:kader/vormen</c>, <c>casus:x</c>, <c>onderzoek:x</c>…).</summary>
    private string TitleOf(string reference)
    {
        var (scheme, id) = (reference[..reference.IndexOf(':')], reference[(reference.IndexOf(':') + 1)..]);
        var page = scheme == "page"
            ? site.Content.PageAt("/" + id.Trim('/') + "/")
            : site.Content.PagesOf(site.Content.Kinds.ForScheme(scheme)!).FirstOrDefault(p => p.Id == id);
        return page?.Title ?? throw new InvalidOperationException($"The step {reference} has no page.");
    }

    /// <summary>The feedback, hints and model answers of every casus in the route: what a student must not see on paper.</summary>
    private IEnumerable<string> Explanations(Route route) =>
        route.Steps.Select(s => s.CasusId()).OfType<string>()
            .Select(id => site.Content.CasusById(id)!.Data)
            .SelectMany(c => c.Questions.SelectMany(QuestionExplanations));

    private static IEnumerable<string> QuestionExplanations(Question question) =>
        question.Options.Select(o => o.Feedback)
            .Concat(question.Items.Select(i => i.Feedback))
            .Append(question.ModelAnswer)
            .OfType<MarkdownText>()
            .Select(text => PlainStart(text.Source))
            .Where(start => start.Length >= 25);

    /// <summary>The opening words of a Markdown text, up to its first link, citation or emphasis (their printed form differs).</summary>
    private static string PlainStart(string markdown)
    {
        var end = markdown.IndexOfAny(['[', '*', '_', '`', '(', '"', '\n']);
        return (end < 0 ? markdown : markdown[..end]).Trim();
    }

    private async Task<string> PrintedTextAsync(string path)
    {
        var (page, errors) = await site.OpenAsync(path);
        var text = await PrintAsync(page);
        Assert.Empty(errors);
        return text;
    }

    /// <summary>The page printed to A4, as letters only, without the page margins (running title, page numbers) that a page break puts inside a sentence.</summary>
    private static async Task<string> PrintAsync(IPage page)
    {
        var runningTitle = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--running-title')");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        Keep(page, pdf);
        var lines = PdfText(pdf).Split('\n', '\f').Where(line => !PageNumberLine().IsMatch(line) && "\"" + line.Trim() + "\"" != runningTitle.Trim());
        return Letters(string.Join('\n', lines));
    }

    private static int _printed;

    /// <summary>With <c>OG_PRINT_DIR</c> set, every printed PDF is kept there, numbered in print order, to look at (<c>pdftoppm -png</c>).</summary>
    private static void Keep(IPage page, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("OG_PRINT_DIR") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        var name = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '_');
        File.WriteAllBytes(Path.Combine(folder, $"{Interlocked.Increment(ref _printed):00}-{name}.pdf"), pdf);
    }

    /// <summary>Letters and digits only, lower case: line breaks, hyphenation and punctuation of the printed page do not matter.</summary>
    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string PdfText(byte[] pdf) => Run("pdftotext", pdf, "-enc UTF-8 {0} -");

    private static int PageCount(byte[] pdf) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", pdf, "{0}")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Run(string tool, byte[] pdf, string arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"og-print-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, string.Format(arguments, file))
            {
                RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils).");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^\s*pagina \d+ van \d+\s*$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
