using OverGrenzen.Diagnostics;

namespace OverGrenzen.Pipeline;

/// <summary>How a build went: its diagnostics, and what it wrote when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>What this build produced, kept by <c>serve</c> so that the next edit redoes only what it must.</summary>
    public BuildSnapshot? Snapshot { get; init; }

    /// <summary>How many drafts (<c>draft: true</c>) the build left out; 0 when drafts are built (<c>serve</c>).</summary>
    public int DraftsLeftOut { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
