using OverGrenzen.Pipeline;
using OverGrenzen.PostProcessing;
using OverGrenzen.Rendering;

namespace OverGrenzen.Output.Steps;

/// <summary>What an output step sees: the content, the finished pages' outlines, the theme and the build's options.</summary>
public sealed record OutputContext
{
    public required LoadedContent Content { get; init; }
    public required IReadOnlyList<PageOutline> Pages { get; init; }
    public required ThemeAssets Assets { get; init; }
    public required BuildOptions Options { get; init; }

    /// <summary>The theme folder (for tools installed there, such as Pagefind).</summary>
    public required string ThemeRoot { get; init; }

    /// <summary>The staging folder the pages were written to; it becomes the output when the build succeeds.</summary>
    public required string StagingRoot { get; init; }

    /// <summary>Where a step may report progress (<c>build -v</c>).</summary>
    public required TextWriter Log { get; init; }
}
