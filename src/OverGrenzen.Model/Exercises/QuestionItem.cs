namespace OverGrenzen.Model.Exercises;

/// <summary>A statement to classify (with its category) or to put in order (listed in the right order).</summary>
public sealed record QuestionItem : ILocated
{
    public required string Text { get; init; }

    /// <summary>For classification: the id of the right category.</summary>
    public string? Category { get; init; }

    public required MarkdownText Feedback { get; init; }

    public SourceLocation Location { get; init; }
}
