using OverGrenzen.Model;

namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>Resolves cross-references against the loaded site: ids of pages of a content kind, glossary terms, or page paths.</summary>
public sealed class SiteCrossReferenceResolver(Site site) : ICrossReferenceResolver
{
    public IReadOnlyList<string> Schemes { get; } = [CrossReference.Page, .. site.Kinds.Schemes, CrossReference.Term];

    public ResolvedLink? Resolve(CrossReference reference)
    {
        var id = reference.Id;
        if (reference.Scheme == CrossReference.Page)
            return site.PageAt(id.Length == 0 ? "/" : "/" + id + "/") is { } page ? new(page.Url, page.Title) : null;
        if (reference.Scheme == CrossReference.Term)
            return site.Glossary.FirstOrDefault(t => t.Id == id) is { } term ? new ResolvedLink(site.Urls.GlossaryTerm(term.Id), term.Term) : null;
        return site.Kinds.ForScheme(reference.Scheme) is { } kind && site.PagesOf(kind).FirstOrDefault(p => p.Id == id) is { } target
            ? new ResolvedLink(target.Url, target.Title)
            : null;
    }

    /// <summary>The ids a scheme can point at, for "did you mean" suggestions.</summary>
    public IEnumerable<string> KnownIds(string scheme) =>
        scheme == CrossReference.Page ? site.Pages.Select(p => p.Url.Trim('/'))
        : scheme == CrossReference.Term ? site.Glossary.Select(g => g.Id)
        : site.Kinds.ForScheme(scheme) is { } kind ? site.PagesOf(kind).Select(p => p.Id)
        : [];

    public bool TryParse(string? text, out CrossReference reference) => CrossReference.TryParse(text, Schemes, out reference);

    /// <summary>Resolves a reference written as text in YAML (e.g. a route step); null when unknown or malformed.</summary>
    public ResolvedLink? Resolve(string text) =>
        TryParse(text, out var reference) ? Resolve(reference) is { } r
            ? r with { Url = r.Url + (reference.Fragment is null ? "" : "#" + reference.Fragment) }
            : null
        : null;
}
