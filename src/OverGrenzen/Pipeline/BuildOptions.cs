using OverGrenzen.Model.Kinds;
using OverGrenzen.Output.Steps;
using OverGrenzen.Rendering;
using OverGrenzen.Theme;

namespace OverGrenzen.Pipeline;

/// <summary>What a build reads and writes. The CLI passes absolute paths; a library caller may pass relative ones.</summary>
public sealed record BuildOptions
{
    private readonly IReadOnlySet<string> _skipped = new HashSet<string>(StringComparer.Ordinal);

    public required string ContentRoot { get; init; }
    public required string OutputRoot { get; init; }

    /// <summary>The theme folder (Razor is compiled in; this holds assets/ and the search indexer). The CLI resolves it from the project root.</summary>
    public string? ThemeRoot { get; init; }

    /// <summary>The theme's assets folder; by default <c>assets/</c> in <see cref="ResolvedThemeRoot"/>.</summary>
    public string? ThemeAssetsRoot { get; init; }

    /// <summary>The content kinds and page variants; a test or feature adds its own with <c>SiteKinds.Default.With(…)</c>.</summary>
    public ContentKindRegistry Kinds { get; init; } = SiteKinds.Default;

    /// <summary>The outputs besides the pages, in the order they run.</summary>
    public IReadOnlyList<OutputStep> Outputs { get; init; } = OutputSteps.Default;

    /// <summary>Names of skippable output steps not to run (from the CLI's <c>--no-…</c> flags).</summary>
    public IReadOnlySet<string> Skipped { get => _skipped; init => _skipped = value; }

    /// <summary>Whether the search index is made; shorthand for the search step not being in <see cref="Skipped"/>.</summary>
    public bool Search
    {
        get => !_skipped.Contains(SearchIndexStep.StepName);
        init => _skipped = value
            ? _skipped.Where(s => s != SearchIndexStep.StepName).ToHashSet(StringComparer.Ordinal)
            : _skipped.Append(SearchIndexStep.StepName).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Keep what a skipped later step wrote last time (the search index) instead of dropping it with the old
    /// output: <c>serve</c> builds without search and keeps the previous index until its new one is swapped in.
    /// </summary>
    public bool KeepSkippedOutputs { get; init; }

    /// <summary>Whether drafts (<c>draft: true</c>) are built too: <c>serve</c> shows them with a banner, <c>build</c> leaves them out.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The folder of source documents for the copy guard (<c>--sources</c>); null: not checked.</summary>
    public string? SourcesRoot { get; init; }

    /// <summary>The public address, for sitemap.xml.</summary>
    public string BaseUrl { get; init; } = "https://overgrenzen.netlify.app";

    public string ResolvedThemeRoot => ThemeRoot ?? ThemeFolder.Locate(Path.Combine(ContentRoot, ".."));

    public string ResolvedThemeAssetsRoot => ThemeAssetsRoot ?? Path.Combine(ResolvedThemeRoot, "assets");

    /// <summary>What <c>serve</c> builds: these options with the drafts (shown with a banner).</summary>
    public BuildOptions ForServe() => this with { IncludeDrafts = true };

    public bool Runs(OutputStep step) => !(step.Skippable && Skipped.Contains(step.Name));
}
