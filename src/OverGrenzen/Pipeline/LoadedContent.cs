using OverGrenzen.Loading;
using OverGrenzen.Model;
using OverGrenzen.Model.Pages;

namespace OverGrenzen.Pipeline;

/// <summary>The output of the load stage: the typed site, the parsed page bodies (generated pages have an empty one) and the data files.</summary>
public sealed record LoadedContent(Site Site, IReadOnlyList<SourcePage> Pages, DataFiles Data)
{
    /// <summary>The drafts left out of the site (<c>build</c>, <c>check</c>); empty when drafts are shown (<c>serve</c>).</summary>
    public IReadOnlyList<Page> Drafts { get; init; } = [];
}
