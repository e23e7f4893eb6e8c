using OverGrenzen.Model.Exercises;
using OverGrenzen.Model.Framework;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Reference;
using OverGrenzen.Model.Studies;
using OverGrenzen.Model.Tags;
using OverGrenzen.Model.Urls;

namespace OverGrenzen.Model;

/// <summary>
/// Everything the content folder holds, loaded and typed: the pages and the data files, with the
/// lookups that rendering and validation need. Built once per build; never changed afterwards.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<string, Page> _pagesByUrl;
    private readonly Dictionary<string, Source> _sourcesByKey;
    private readonly Dictionary<string, Page> _pagesByLayout;
    private readonly Dictionary<string, Tag> _tagsBySlug;

    public Site(
        IReadOnlyList<Page> pages,
        IReadOnlyList<Source> sources,
        IReadOnlyList<GlossaryEntry> glossary,
        IReadOnlyList<TimelineEvent> timeline,
        IReadOnlyList<Recommendation> recommendations,
        ContentKindRegistry kinds)
    {
        Kinds = kinds;
        Pages = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToArray();
        Sources = sources.OrderBy(s => s.ShortAuthors, StringComparer.Ordinal).ThenBy(s => s.Year).ThenBy(s => s.Key).ToArray();
        Glossary = glossary.OrderBy(g => g.Term, StringComparer.CurrentCultureIgnoreCase).ToArray();
        Timeline = timeline.OrderBy(t => t.Sort, StringComparer.Ordinal).ToArray();
        Recommendations = recommendations;

        _pagesByUrl = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in Pages)
            _pagesByUrl.TryAdd(page.Url, page);
        _pagesByLayout = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in Pages)
            if (page.Data is PlainPage { Layout: { } layout })
                _pagesByLayout.TryAdd(layout, page);
        _sourcesByKey = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
            _sourcesByKey.TryAdd(source.Key, source);

        Forms = Typed<Form>().OrderBy(f => f.Data.Level).ToArray();
        Categories = Ordered(Typed<Category>());
        Factors = Ordered(Typed<Factor>());
        Studies = Typed<Study>().OrderBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase).ToArray();
        Casussen = Ordered(Typed<Casus>());
        Routes = Ordered(Typed<Route>());
        Tags = Tag.Collect(Pages);
        _tagsBySlug = Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        Urls = new SiteUrls(this);
    }

    /// <summary>The content kinds this site was read with.</summary>
    public ContentKindRegistry Kinds { get; }

    /// <summary>The URL authority for this site.</summary>
    public SiteUrls Urls { get; }

    /// <summary>The pages of one kind, ordered by URL.</summary>
    public IEnumerable<Page> PagesOf(ContentKind kind) => Pages.Where(p => p.Data.GetType() == kind.DataType);

    /// <summary>All pages, ordered by URL.</summary>
    public IReadOnlyList<Page> Pages { get; }

    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<GlossaryEntry> Glossary { get; }
    public IReadOnlyList<TimelineEvent> Timeline { get; }
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>The forms of collaboration, by level (0–4).</summary>
    public IReadOnlyList<Entry<Form>> Forms { get; }
    public IReadOnlyList<Entry<Category>> Categories { get; }
    public IReadOnlyList<Entry<Factor>> Factors { get; }

    /// <summary>The studies, alphabetically (the order of the report's tables).</summary>
    public IReadOnlyList<Entry<Study>> Studies { get; }
    public IReadOnlyList<Entry<Casus>> Casussen { get; }
    public IReadOnlyList<Entry<Route>> Routes { get; }

    /// <summary>The tags of the plain pages, by name (see <see cref="Tag.Collect"/>).</summary>
    public IReadOnlyList<Tag> Tags { get; }

    public Tag? TagWithSlug(string slug) => _tagsBySlug.GetValueOrDefault(slug);

    /// <summary>The tags one page carries, in the order it writes them.</summary>
    public IReadOnlyList<Tag> TagsOf(Page page) => page.Data is PlainPage plain
        ? plain.Tags.Select(t => TagWithSlug(SiteUrls.TagSlug(t.Value))).OfType<Tag>().Distinct().ToArray()
        : [];

    public Page? PageAt(string url) => _pagesByUrl.GetValueOrDefault(url);

    /// <summary>The special page with this <c>layout:</c> (the search page, the bibliography…): found by what it is, not where it lives.</summary>
    public Page? PageWithLayout(string layout) => _pagesByLayout.GetValueOrDefault(layout);

    public Source? SourceFor(string key) => _sourcesByKey.GetValueOrDefault(key);

    public Entry<Form>? Form(string id) => Forms.FirstOrDefault(f => f.Id == id);
    public Entry<Category>? Category(string id) => Categories.FirstOrDefault(c => c.Id == id);
    public Entry<Factor>? Factor(string id) => Factors.FirstOrDefault(f => f.Id == id);
    public Entry<Study>? Study(string id) => Studies.FirstOrDefault(s => s.Id == id);
    public Entry<Casus>? CasusById(string id) => Casussen.FirstOrDefault(c => c.Id == id);

    public IEnumerable<Entry<Factor>> FactorsIn(string categoryId) =>
        Factors.Where(f => f.Data.Category == categoryId);

    /// <summary>Every study finding about one factor, with its study.</summary>
    public IEnumerable<(Entry<Study> Study, Finding Finding)> FindingsFor(string factorId) =>
        Studies.SelectMany(s => s.Data.Findings.Where(f => f.Factor == factorId).Select(f => (s, f)));

    /// <summary>The studies the report places at one form.</summary>
    /// <summary>Every placement of a study at one form, in study order (see <see cref="StudyPlacement.Of"/>).</summary>
    public IEnumerable<StudyPlacement> PlacementsAt(string formId) =>
        Studies.SelectMany(s => StudyPlacement.Of(s, formId));

    public IEnumerable<Entry<Study>> StudiesAt(string formId) =>
        Studies.Where(s => s.Data.Form.Id == formId);

    /// <summary>The casussen that train or mention a factor, study or form, by its cross-reference.</summary>
    public IEnumerable<Entry<Casus>> CasussenLinkedTo(string scheme, string id) =>
        Casussen.Where(c =>
            (scheme == "factor" && c.Data.Factors.Contains(id)) ||
            (scheme == "onderzoek" && c.Data.Studies.Contains(id)) ||
            c.Data.Questions.Any(q => q.Trains.Contains($"{scheme}:{id}")));

    private IEnumerable<Entry<T>> Typed<T>() where T : PageData =>
        Pages.Where(p => p.Data is T).Select(p => new Entry<T>(p, (T)p.Data));

    private static Entry<T>[] Ordered<T>(IEnumerable<Entry<T>> entries) where T : PageData =>
        entries.OrderBy(e => e.Data.Weight).ThenBy(e => e.Title, StringComparer.CurrentCultureIgnoreCase).ToArray();
}
