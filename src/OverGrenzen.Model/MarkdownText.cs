namespace OverGrenzen.Model;

/// <summary>
/// A piece of Markdown written inside YAML (a feedback text, an aim, a lesson). It keeps the
/// line where its text starts so that a broken link inside it is reported at the right line.
/// </summary>
public sealed record MarkdownText(string Source, SourceLocation Location)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);

    public override string ToString() => Source;
}
