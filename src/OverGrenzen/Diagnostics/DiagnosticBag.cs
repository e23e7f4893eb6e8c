using System.Collections.Concurrent;

namespace OverGrenzen.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; reports them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, string file, int line, int column, string message, string stage = "") =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message, stage));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public bool HasErrorsIn(string file) => _items.Any(d => d.Severity == Severity.Error && d.File == file);

    public int Count => _items.Count;

    /// <summary>Sorted by file, line and column so that output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
}
