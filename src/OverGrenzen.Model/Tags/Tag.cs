using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Model.Tags;

/// <summary>One tag of the site: its name as first written, its URL slug, and the pages that carry it (by title).</summary>
public sealed record Tag(string Name, string Slug, IReadOnlyList<Page> Pages)
{
    /// <summary>
    /// The tags of these pages: spellings with the same slug are one tag, named as the first page (by URL)
    /// writes it; pages ordered by weight, then title; tags by slug
    /// (accents folded, so 'Één' sorts with the e's). A tag without a slug is skipped (validation reports it).
    /// </summary>
    public static IReadOnlyList<Tag> Collect(IEnumerable<Page> pages)
    {
        var bySlug = new Dictionary<string, (string Name, List<Page> Pages)>(StringComparer.Ordinal);
        foreach (var page in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            if (page.Data is not PlainPage plain)
                continue;
            // A page that writes one tag twice (or two spellings of it) is listed once.
            foreach (var slug in plain.Tags.Select(t => (t.Value, Slug: SiteUrls.TagSlug(t.Value))).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug))
            {
                if (!bySlug.TryGetValue(slug.Slug, out var entry))
                    bySlug[slug.Slug] = entry = (slug.Value.Trim(), []);
                entry.Pages.Add(page);
            }
        }
        return bySlug
            .Select(e => new Tag(e.Value.Name, e.Key,
                e.Value.Pages.OrderBy(p => p.Data.Weight).ThenBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal).ToArray()))
            .OrderBy(t => t.Slug, StringComparer.Ordinal)
            .ToArray();
    }
}
