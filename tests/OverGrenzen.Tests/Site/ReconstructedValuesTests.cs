using System.Text.Json;
using OverGrenzen.Model.Framework;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Tests.Site;

/// <summary>
/// Values the report does not give (the task characteristics of full segregation) are shown as the site's
/// reading wherever they appear: on the form page, on the one-page summary and in the open data.
/// </summary>
[Collection(RealContentCollection.Name)]
public class ReconstructedValuesTests(RealContentTests.BuiltSite built)
{
    private OverGrenzen.Model.Site Site => built.Result.Snapshot!.Content.Site;

    private string Html(string url) => File.ReadAllText(Path.Combine(built.Output, SiteUrls.OutputPathFor(url)));

    [Fact]
    public void A_form_whose_tasks_the_report_does_not_describe_says_so_on_its_page_the_summary_and_in_kader_json()
    {
        var inferred = Site.Forms.Where(f => !f.Data.TaskFromReport).ToArray();
        Assert.Contains(inferred, f => f.Id == "volledige-segregatie");

        var summary = Html(Site.Urls.ForLayout(OverGrenzen.Theme.LayoutNames.FrameworkSummary)!);
        using var kader = JsonDocument.Parse(File.ReadAllText(Path.Combine(built.Output, "data", "kader.json")));
        Assert.Contains("taskFromReport", kader.RootElement.GetProperty("taskCaveat").GetString());
        var forms = kader.RootElement.GetProperty("forms").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);

        foreach (var form in Site.Forms)
        {
            var page = Html(form.Url);
            var item = SummaryItem(summary, form);
            Assert.Equal(form.Data.TaskFromReport, forms[form.Id].GetProperty("taskFromReport").GetBoolean());
            if (form.Data.TaskFromReport)
            {
                Assert.Contains("Past bij taken die", item);
                Assert.DoesNotContain("geen kenmerken van de taak", page);
            }
            else
            {
                Assert.DoesNotContain("Past bij taken die", item);
                Assert.Contains("Het rapport noemt geen taken", item);
                Assert.Contains("Het rapport beschrijft voor deze vorm geen kenmerken van de taak. De waarden hieronder zijn de lezing van deze site", page);
            }
        }
    }

    /// <summary>The summary's list item of one form: from its link to the next form's (or the end of the list).</summary>
    private static string SummaryItem(string summary, OverGrenzen.Model.Entry<Form> form)
    {
        var start = summary.IndexOf($"<a href=\"{form.Url}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{form.Url} is not on the summary");
        var end = summary.IndexOf("</li>", start, StringComparison.Ordinal);
        return summary[start..end];
    }
}
