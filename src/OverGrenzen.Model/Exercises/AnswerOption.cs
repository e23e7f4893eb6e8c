namespace OverGrenzen.Model.Exercises;

/// <summary>A choice in a single- or multiple-choice question, with feedback that explains why.</summary>
public sealed record AnswerOption : ILocated
{
    public required string Text { get; init; }
    public bool Correct { get; init; }
    public required MarkdownText Feedback { get; init; }
    public SourceLocation Location { get; init; }
}
