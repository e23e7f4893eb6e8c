namespace OverGrenzen.Model.Studies;

/// <summary>Whether the chosen form fits the task (the report's §4.1).</summary>
public sealed record FormFit : ILocated
{
    public required FitVerdict Verdict { get; init; }
    public required MarkdownText Explanation { get; init; }
    public SourceLocation Location { get; init; }
}

public enum FitVerdict
{
    Passend,
    TeLicht,
    TeZwaar,
    Onduidelijk,
}
