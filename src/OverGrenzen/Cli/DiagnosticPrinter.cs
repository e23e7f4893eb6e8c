using OverGrenzen.Diagnostics;

namespace OverGrenzen.Cli;

/// <summary>Prints diagnostics like a compiler, followed by a one-line count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
            output.WriteLine($"{errors} error(s) in content. Nothing was written; the previous output is unchanged.");
    }
}
