using OverGrenzen.Model;

namespace OverGrenzen.Markdown.CrossReferences;

/// <summary>Resolves cross-references against the loaded site: ids of typed records, or page paths.</summary>
public sealed class SiteCrossReferenceResolver(Site site) : ICrossReferenceResolver
{
    public const string GlossaryUrl = "/begrippen/";
    public const string BibliographyUrl = "/bronnen/";

    public ResolvedLink? Resolve(CrossReference reference)
    {
        var id = reference.Id;
        return reference.Scheme switch
        {
            CrossReference.Page => site.PageAt(id.Length == 0 ? "/" : "/" + id + "/") is { } page ? new(page.Url, page.Title) : null,
            CrossReference.Form => Link(site.Form(id)),
            CrossReference.Category => Link(site.Category(id)),
            CrossReference.Factor => Link(site.Factor(id)),
            CrossReference.Study => Link(site.Study(id)),
            CrossReference.Casus => Link(site.CasusById(id)),
            CrossReference.Route => Link(site.Routes.FirstOrDefault(r => r.Id == id)),
            CrossReference.Term => site.Glossary.FirstOrDefault(t => t.Id == id) is { } term
                ? new ResolvedLink(GlossaryUrl + "#" + term.Id, term.Term)
                : null,
            _ => null,
        };
    }

    private static ResolvedLink? Link<T>(Entry<T>? entry) where T : Model.Pages.PageData =>
        entry is null ? null : new ResolvedLink(entry.Url, entry.Title);

    /// <summary>Resolves a reference written as text in YAML (e.g. a route step); null when unknown or malformed.</summary>
    public ResolvedLink? Resolve(string text) =>
        CrossReference.TryParse(text, out var reference) ? Resolve(reference) is { } r
            ? r with { Url = r.Url + (reference.Fragment is null ? "" : "#" + reference.Fragment) }
            : null
        : null;
}
