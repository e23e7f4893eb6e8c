using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Urls;

/// <summary>
/// The one source of truth for URLs (as Hugo's page_paths.go): where a content file is served, the URLs of
/// derived pages, special pages found by their layout, anchors, and the file a URL is written to.
/// Templates, the engine and (through data the pages carry) the browser scripts all ask here.
/// </summary>
public sealed class SiteUrls(Site site)
{
    public const string Home = "/";
    public const string NotFoundPage = "/404.html";
    public const string SiteMapXml = "/sitemap.xml";
    public const string RobotsTxt = "/robots.txt";
    public const string SearchScript = "/pagefind/pagefind.js";

    /// <summary>The generated list of every tag; one page per tag below it (<see cref="Tag"/>).</summary>
    public const string TagIndex = "/tags/";

    /// <summary>Netlify's redirects file, made from the pages' <c>aliases</c> (and read by <c>serve</c>).</summary>
    public const string Redirects = "/_redirects";

    /// <summary>Offline use: the service worker (at the root, so its scope is the whole site), the
    /// manifest of what it keeps (shell, routes, file hashes), the web app manifest and the page shown
    /// offline for a page that was not stored.</summary>
    public const string ServiceWorker = "/service-worker.js";
    public const string OfflineManifest = "/offline.json";
    public const string WebManifest = "/manifest.webmanifest";
    public const string OfflinePage = "/offline/";

    /// <summary>The layouts of the special pages the engine itself links to.</summary>
    public const string BibliographyLayout = "bronnen";
    public const string GlossaryLayout = "begrippen";


    /// <summary><c>a/b.md</c> → <c>/a/b/</c>; <c>a/index.md</c> → <c>/a/</c>; <c>index.md</c> → <c>/</c>.</summary>
    public static string ForSourcePath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        if (withoutExtension == "index")
            return Home;
        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
            withoutExtension = withoutExtension[..^"/index".Length];
        return "/" + withoutExtension + "/";
    }

    /// <summary>The id of the page: its last URL segment, or <c>index</c> for the start page.</summary>
    public static string IdFor(string url)
    {
        var trimmed = url.Trim('/');
        return trimmed.Length == 0 ? "index" : trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    /// <summary>A page variant below its page: <c>/casussen/x/</c> + <c>docent</c> → <c>/casussen/x/docent/</c>.</summary>
    public static string Below(Page page, string segment) => page.Url + segment + "/";

    /// <summary>The lecturer page of a casus or route.</summary>
    public static string LecturerNotes(Page page) => Below(page, "docent");

    /// <summary>Where the SCORM 1.2 packages are written (<c>ScormStep</c>).</summary>
    public const string ScormFolder = "/downloads/scorm/";

    /// <summary>The SCORM 1.2 package of a route or casus: <c>/downloads/scorm/leerroute-pabo.zip</c>, <c>/downloads/scorm/casus-x.zip</c>.</summary>
    public static string ScormPackage(Page page) =>
        ScormFolder + (page.Data is Exercises.Route ? "leerroute-" : "casus-") + page.Id + ".zip";

    /// <summary>The printable workbook of a route: every step, with room for the answers.</summary>
    public static string Workbook(Page route) => Below(route, "werkboek");

    /// <summary>The lecturer's workbook of a route: the workbook plus answer keys and lecturer notes.</summary>
    public static string LecturerWorkbook(Page route) => LecturerNotes(route) + "werkboek/";

    /// <summary>The printable sorting cards of a casus (its classify questions), for the lecturer.</summary>
    public static string SortingCards(Page casus) => LecturerNotes(casus) + "kaarten/";

    /// <summary><c>/</c> → <c>index.html</c>; <c>/a/b/</c> → <c>a/b/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string OutputPathFor(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>The page of one tag: <c>Samen werken</c> → <c>/tags/samen-werken/</c>.</summary>
    public static string Tag(string slug) => TagIndex + slug + "/";

    /// <summary>
    /// A tag's URL segment: lower case, accents folded (<c>één</c> → <c>een</c>), every run of other characters one
    /// hyphen. Spellings with the same slug are one tag; empty when the tag has no letter or digit.
    /// </summary>
    public static string TagSlug(string tag)
    {
        var slug = new System.Text.StringBuilder(tag.Length);
        foreach (var c in tag)
        {
            // The build runs with invariant globalization, where Normalize() does not decompose: fold Latin letters by table.
            var plain = c < 128 ? c : AccentFolds.IndexOf(c) is var i and >= 0 ? AccentFolds[i + 1] : '-';
            if (char.IsAsciiLetterOrDigit(plain))
                slug.Append(char.ToLowerInvariant(plain));
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Pairs of an accented letter and its plain letter.</summary>
    private const string AccentFolds =
        "àaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoøoùuúuûuüuýyÿyÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOØOÙUÚUÛUÜUÝY";

    /// <summary>
    /// A URL as a redirect matches it (Netlify ignores the trailing slash, and <c>/a/index.html</c> is <c>/a/</c>):
    /// two URLs with the same key are one address, so an alias may not share a page's key or another alias's.
    /// </summary>
    public static string RedirectKey(string url)
    {
        var path = url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>The inverse of <see cref="OutputPathFor"/>: <c>a/b/index.html</c> → <c>/a/b/</c>; <c>assets/x.css</c> → <c>/assets/x.css</c>.</summary>
    public static string ForOutputPath(string relativePath)
    {
        var path = "/" + relativePath.Replace('\\', '/').TrimStart('/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    /// <summary>The id of a source's entry on the bibliography page.</summary>
    public static string BibliographyAnchor(string key) => "bron-" + key;

    /// <summary>The id of a study's finding about one factor, on the study's page.</summary>
    public static string FindingAnchor(string factorId) => "bevinding-" + factorId;

    /// <summary>A study's finding about one factor.</summary>
    public static string Finding(Page study, string factorId) => study.Url + "#" + FindingAnchor(factorId);

    /// <summary>The page with this <c>layout:</c> (a special page such as the search page), or null when the site has none.</summary>
    public string? ForLayout(string layout) => site.PageWithLayout(layout)?.Url;

    /// <summary>A source's entry on the bibliography page.</summary>
    public string BibliographyEntry(string key) => Bibliography + "#" + BibliographyAnchor(key);

    /// <summary>The bibliography page (by its layout; <c>/bronnen/</c> when the site has none, which the link check then reports).</summary>
    public string Bibliography => ForLayout(BibliographyLayout) ?? "/bronnen/";

    /// <summary>A term on the glossary page.</summary>
    public string GlossaryTerm(string id) => (ForLayout(GlossaryLayout) ?? "/begrippen/") + "#" + id;
}
