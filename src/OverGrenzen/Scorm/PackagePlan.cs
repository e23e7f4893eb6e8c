using OverGrenzen.Markdown.CrossReferences;
using OverGrenzen.Model;
using OverGrenzen.Model.Exercises;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Scorm;

/// <summary>What goes into one SCORM package: its name, its title and its items, in the order a student does them.</summary>
public sealed record PackagePlan(string Identifier, string Title, string OutputPath, IReadOnlyList<PackageItem> Items)
{
    /// <summary>
    /// The share of the closed questions a student must get right to pass a casus. The manifest gives it to
    /// the LMS (<c>adlcp:masteryscore</c>), which hands it to the page as <c>cmi.student_data.mastery_score</c>.
    /// </summary>
    public const int MasteryScore = 70;

    /// <summary>A route: its own page first (what the route is about), then every step, casussen as SCOs.</summary>
    public static PackagePlan ForRoute(Entry<Route> route, Site site)
    {
        var resolver = new SiteCrossReferenceResolver(site);
        var items = new List<PackageItem> { new("Over deze leerroute", route.Url, "index.html", IsSco: false, MasteryScore: null) };
        var number = 0;
        foreach (var step in route.Data.Steps)
        {
            number++;
            if (resolver.Resolve(step.Ref) is not { } link || site.PageAt(link.Url.Split('#')[0]) is not { } page)
                continue;
            if (items.Any(i => i.PageUrl == page.Url))
                continue;
            items.Add(Item(page, $"stap-{number:00}-{page.Id}.html", $"Stap {number}: {page.Title}"));
        }
        return new PackagePlan("leerroute-" + route.Id, route.Title, SiteUrls.ScormPackage(route.Page), items);
    }

    /// <summary>A casus on its own: one SCO.</summary>
    public static PackagePlan ForCasus(Entry<Casus> casus) =>
        new("casus-" + casus.Id, casus.Title, SiteUrls.ScormPackage(casus.Page), [Item(casus.Page, "index.html", casus.Title)]);

    private static PackageItem Item(Page page, string fileName, string title) => page.Data is Casus casus
        ? new PackageItem(title, page.Url, fileName, IsSco: true, casus.Questions.Any(q => q.Kind != QuestionKind.Open) ? MasteryScore : null)
        : new PackageItem(title, page.Url, fileName, IsSco: false, MasteryScore: null);
}
