using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Pipeline;

/// <summary>The in-memory result of a successful build: its content, theme assets and finished pages.</summary>
public sealed record BuildSnapshot(
    LoadedContent Content,
    ThemeAssets Assets,
    IReadOnlyList<PageOutline> Pages,
    IReadOnlySet<string> OtherFiles,
    IReadOnlyList<string> LaterPaths);
