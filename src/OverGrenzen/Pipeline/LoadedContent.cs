using OverGrenzen.Loading;
using OverGrenzen.Model;

namespace OverGrenzen.Pipeline;

/// <summary>The output of the load stage: the typed site, the parsed page bodies and the data files.</summary>
public sealed record LoadedContent(Site Site, IReadOnlyList<SourcePage> Pages, DataFiles Data);
