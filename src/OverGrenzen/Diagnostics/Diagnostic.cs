namespace OverGrenzen.Diagnostics;

/// <summary>
/// The one type that carries every content problem: where it is (file, line, column), a stable code,
/// which pipeline stage found it, and a message that says what is wrong and what is expected.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string Stage = "")
{
    /// <summary>Formatted like a compiler message, so editors and CI logs can jump to the spot.</summary>
    public override string ToString() =>
        $"{File}({Line},{Column}): {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
