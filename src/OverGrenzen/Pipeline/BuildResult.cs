using OverGrenzen.Diagnostics;

namespace OverGrenzen.Pipeline;

/// <summary>How a build went: its diagnostics, and what it wrote when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
