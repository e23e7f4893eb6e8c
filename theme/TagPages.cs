using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Tags;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Theme;

/// <summary>
/// Makes the tag pages from the pages read from files: <c>/tags/</c> and one page per tag, only when some page has a
/// tag (so a site without tags gets none). Their source path names them as generated, for diagnostics and <c>serve</c>.
/// </summary>
public static class TagPages
{
    public static IEnumerable<Page> Index(IReadOnlyList<Page> pages) =>
        Tag.Collect(pages).Count == 0 ? [] :
        [
            Generated(SiteUrls.TagIndex, new TagIndexPage
            {
                Title = "Tags",
                Description = "Alle tags op deze site, elk met de pagina's die erover gaan.",
            }),
        ];

    public static IEnumerable<Page> PerTag(IReadOnlyList<Page> pages) =>
        Tag.Collect(pages).Select(tag => Generated(SiteUrls.Tag(tag.Slug), new TagPage
        {
            Title = tag.Name,
            Description = $"De pagina's met de tag {tag.Name}.",
            Slug = tag.Slug,
        }));

    private static Page Generated(string url, PageData data) =>
        new() { Id = SiteUrls.IdFor(url), SourcePath = "(generated)" + url, Url = url, Data = data };
}
