using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Kinds;

/// <summary>
/// Every content kind the site knows, plus the site-wide page variants (the 404 page). The default set lives
/// in the theme (it names components); a test or a new feature adds to it with <see cref="With(ContentKind)"/>.
/// </summary>
public sealed class ContentKindRegistry
{
    private readonly Dictionary<string, ContentKind> _byName;
    private readonly Dictionary<Type, ContentKind> _byDataType;

    public ContentKindRegistry(IReadOnlyList<ContentKind> kinds, IReadOnlyList<PageVariant> siteVariants, string defaultKind)
    {
        Kinds = kinds;
        SiteVariants = siteVariants;
        _byName = kinds.Where(k => k.Generate is null).ToDictionary(k => k.Name, StringComparer.Ordinal);
        _byDataType = kinds.ToDictionary(k => k.DataType);
        Default = _byName[defaultKind];
    }

    public IReadOnlyList<ContentKind> Kinds { get; }

    /// <summary>Variants made once for the whole site, derived from the start page (the 404 page).</summary>
    public IReadOnlyList<PageVariant> SiteVariants { get; }

    /// <summary>The kind of a page without <c>type:</c>.</summary>
    public ContentKind Default { get; }

    /// <summary>The <c>type:</c> names front matter may use (not the generated kinds).</summary>
    public IEnumerable<string> Names => Kinds.Where(k => k.Generate is null).Select(k => k.Name);

    /// <summary>The kinds whose pages are made from the other pages (the tag pages), in registration order.</summary>
    public IEnumerable<ContentKind> Generated => Kinds.Where(k => k.Generate is not null);

    /// <summary>The kind a <c>type:</c> value picks; never a generated kind.</summary>
    public ContentKind? Named(string name) => _byName.GetValueOrDefault(name);

    public ContentKind Of(PageData data) =>
        _byDataType.TryGetValue(data.GetType(), out var kind) ? kind : throw new KeyNotFoundException($"No content kind is registered for {data.GetType().Name}.");

    public ContentKind? ForScheme(string scheme) => Kinds.FirstOrDefault(k => k.CrossReferenceScheme == scheme);

    public IEnumerable<string> Schemes => Kinds.Select(k => k.CrossReferenceScheme).OfType<string>();

    public ContentKindRegistry With(ContentKind kind) => new([.. Kinds, kind], SiteVariants, Default.Name);

    public ContentKindRegistry With(PageVariant siteVariant) => new(Kinds, [.. SiteVariants, siteVariant], Default.Name);
}
