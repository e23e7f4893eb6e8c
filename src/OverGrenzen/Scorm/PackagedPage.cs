using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OverGrenzen.Theme;

namespace OverGrenzen.Scorm;

/// <summary>
/// A finished page of the site turned into a page of a package: without the site's header, footer and
/// navigation; links to pages in the package made relative, links to anything else kept as plain text; its
/// styles and scripts relative, with the package's own entry script. Every package page lies at the package root.
/// </summary>
public static class PackagedPage
{
    /// <summary>Marks a packaged page for the scripts (scorm.js talks to the LMS only there).</summary>
    public const string PackageAttribute = "data-scorm";

    /// <summary>The mastery score the manifest gives, for an LMS that does not pass it on.</summary>
    public const string MasteryAttribute = "data-mastery-score";

    /// <summary>Where the answers are kept inside an LMS (the site says: in this browser).</summary>
    public const string StorageNote = "De elektronische leeromgeving bewaart je antwoorden, zodat je later verder kunt.";

    /// <param name="html">The page as the site serves it.</param>
    /// <param name="pageFiles">Site URL → file name, for every page in the package.</param>
    /// <param name="siteScript">The URL of the site's entry script, replaced by <paramref name="packageScript"/>.</param>
    /// <returns>The packaged HTML and the site URLs of the files it loads (styles, scripts, images).</returns>
    public static (string Html, IReadOnlyList<string> Files) Package(string html, PackageItem item,
        IReadOnlyDictionary<string, string> pageFiles, string siteScript, string packageScript)
    {
        var document = new HtmlParser().ParseDocument(html);
        // What leads elsewhere on the site, or serves only the site's own offline use, marks itself (SiteOnly).
        foreach (var element in document.QuerySelectorAll(SiteOnly.Selector).ToArray())
            element.Remove();

        var root = document.DocumentElement;
        root.SetAttribute(PackageAttribute, "");
        if (item.MasteryScore is { } mastery)
            root.SetAttribute(MasteryAttribute, mastery.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var element in document.QuerySelectorAll("[data-answers-url]"))
            element.RemoveAttribute("data-answers-url");
        foreach (var note in document.QuerySelectorAll("[data-storage-note]"))
            note.TextContent = StorageNote;

        foreach (var link in document.QuerySelectorAll("a[href]").ToArray())
            RelinkOrUnwrap(link, pageFiles);

        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[src], link[href]"))
        {
            var attribute = element.HasAttribute("src") ? "src" : "href";
            var url = element.GetAttribute(attribute)!;
            if (url == siteScript)
                url = packageScript;
            if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                continue;
            files.Add(url);
            element.SetAttribute(attribute, url.TrimStart('/'));
        }
        foreach (var form in document.QuerySelectorAll("form[action]"))
            form.RemoveAttribute("action");

        return ("<!DOCTYPE html>\n" + root.OuterHtml + "\n", files.ToArray());
    }

    private static void RelinkOrUnwrap(IElement link, IReadOnlyDictionary<string, string> pageFiles)
    {
        var href = link.GetAttribute("href")!;
        // "#id" stays on the page; an empty href is filled in by the scripts (the result card's way back).
        if (href.Length == 0 || href.StartsWith('#'))
            return;
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        if (pageFiles.TryGetValue(path, out var file))
        {
            link.SetAttribute("href", file + (hash < 0 ? "" : href[hash..]));
            return;
        }
        // Another page of the site, or the web: the words stay, the link goes (nothing may leave the package).
        var text = link.Owner!.CreateElement("span");
        foreach (var child in link.ChildNodes.ToArray())
            text.AppendChild(child);
        link.Replace(text);
    }
}
