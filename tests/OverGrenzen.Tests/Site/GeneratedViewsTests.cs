using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OverGrenzen.Model;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Tests.Site;

/// <summary>
/// The comparison tables, study pages, factor pages and pictures agree with the content records.
/// Everything is counted from the written HTML, and compared with the records as the loader read them.
/// </summary>
[Collection(RealContentCollection.Name)]
public class GeneratedViewsTests
{
    private readonly RealContentTests.BuiltSite _built;
    private readonly OverGrenzen.Model.Site _site;

    public GeneratedViewsTests(RealContentTests.BuiltSite built)
    {
        _built = built;
        _site = new BuildPipeline().Check(Path.Combine(TestSite.RepositoryRoot, "content")).Content.Site;
    }

    private IDocument Page(string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_built.Output, url.Trim('/'), "index.html")));

    [Fact]
    public void The_forms_table_puts_each_study_at_its_reported_form()
    {
        var document = Page("/onderzoeken/");
        foreach (var study in _site.Studies)
        {
            var row = document.QuerySelector($"table.forms-matrix tr[data-study='{study.Id}']");
            Assert.NotNull(row);
            var reported = row!.QuerySelectorAll("td").Where(td => (td.GetAttribute("data-marks") ?? "").Split(' ').Contains("rapport")).ToArray();
            Assert.Equal(study.Data.Form.Id, Assert.Single(reported).GetAttribute("data-form"));
        }
    }

    [Fact]
    public void Each_factor_table_has_one_marked_cell_per_finding_with_its_effect()
    {
        var document = Page("/onderzoeken/");
        foreach (var category in _site.Categories)
        {
            var cells = document.QuerySelectorAll($"table.factor-matrix[data-category='{category.Id}'] td[data-study]");
            var findings = _site.Studies.SelectMany(s => s.Data.Findings.Where(f => f.Category == category.Id).Select(f => (Study: s.Id, f.Factor, f.Effect)))
                .DistinctBy(f => (f.Study, f.Factor)).ToArray();
            Assert.Equal(findings.Length, cells.Length);
            foreach (var finding in findings)
            {
                var cell = document.QuerySelector($"table.factor-matrix[data-category='{category.Id}'] tr[data-factor='{finding.Factor}'] td[data-study='{finding.Study}']");
                Assert.NotNull(cell);
                Assert.Contains("cell-" + finding.Effect.ToString().ToLowerInvariant(), cell!.ClassList);
            }
        }
    }

    [Fact]
    public void Each_study_page_shows_its_form_and_four_category_sections()
    {
        foreach (var study in _site.Studies)
        {
            var document = Page(study.Url);
            var placement = document.QuerySelector(".placement-main a");
            Assert.Equal(_site.Form(study.Data.Form.Id)!.Url, placement?.GetAttribute("href"));
            Assert.Equal(4, document.QuerySelectorAll("section.finding-category").Length);
            Assert.Equal(study.Data.Findings.Count, document.QuerySelectorAll("section.finding-category li[id^='bevinding-']").Length);
        }
    }

    [Fact]
    public void Every_factor_page_lists_exactly_the_studies_that_report_it()
    {
        foreach (var factor in _site.Factors)
        {
            var document = Page(factor.Url);
            var section = document.QuerySelector("h2#in-onze-onderzoeken")!.ParentElement!;
            var listed = section.QuerySelectorAll("ul.findings li > a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToHashSet();
            var expected = _site.FindingsFor(factor.Id).Select(f => f.Study.Url).ToHashSet();
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public void Every_picture_has_a_title_and_links_only_to_pages_that_exist()
    {
        var pictures = 0;
        foreach (var file in RealContentTests.Pages(_built.Output))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var svg in document.QuerySelectorAll("main svg"))
            {
                pictures++;
                Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent), $"{file}: an svg without a title");
                Assert.NotNull(svg.QuerySelector("desc"));
                foreach (var link in svg.QuerySelectorAll("a"))
                {
                    var href = link.GetAttribute("href")!;
                    Assert.True(File.Exists(Path.Combine(_built.Output, href.Split('#')[0].Trim('/'), "index.html")), $"{file}: svg link {href}");
                }
            }
        }
        Assert.True(pictures > 10);
    }

    [Fact]
    public void The_orchestra_links_every_category()
    {
        var links = Page("/kader/jazzorkest/").QuerySelectorAll("svg.orchestra-svg a").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Equal(_site.Categories.Select(c => c.Url).ToHashSet(), links);
    }

    [Fact]
    public void The_continuum_wraps_labels_whole_and_its_list_has_the_same_links_as_the_picture()
    {
        var figure = Page("/kader/vormen/").QuerySelector("figure.continuum")!;
        var labels = figure.QuerySelectorAll("svg text.study-name").Select(t => t.TextContent).ToArray();
        Assert.DoesNotContain(labels, l => l.Contains('…'));
        Assert.Contains(labels, l => l == "Integratie jeugdhulp en v-ggz: Jeugdbescherming (verslavingsexpertise)");
        var svgLinks = figure.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")).Order().ToArray();
        var listLinks = figure.QuerySelectorAll(".continuum-list a").Select(a => a.GetAttribute("href")).Order().ToArray();
        Assert.Equal(svgLinks, listLinks);
        Assert.NotNull(figure.QuerySelector(".figure-legend .legend-pill.dashed"));
    }

    [Fact]
    public void A_study_page_marks_its_own_pills_and_no_form()
    {
        var figure = Page("/onderzoeken/zorglogistiek/").QuerySelector("figure.continuum")!;
        var marked = figure.QuerySelectorAll("svg .is-highlight").Select(e => e.Closest("a")!.GetAttribute("href")!).Distinct().ToArray();
        Assert.Equal(new[] { "/onderzoeken/zorglogistiek/" }, marked);
        Assert.Empty(figure.QuerySelectorAll(".form-box.is-highlight"));
    }

    [Fact]
    public void Open_data_has_the_seven_studies_with_their_forms()
    {
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Output, "data", "onderzoeken.json")));
        var studies = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(7, studies.Length);
        foreach (var study in _site.Studies)
            Assert.Contains(studies, s => s.GetProperty("id").GetString() == study.Id && s.GetProperty("form").GetString() == study.Data.Form.Id);
        Assert.True(File.Exists(Path.Combine(_built.Output, "data", "kader.csv")));
    }
}
