namespace OverGrenzen.Model.Exercises;

/// <summary>
/// One question of a casus. Which members are used depends on <see cref="Kind"/>:
/// options for single and multiple choice, categories and items for classification,
/// items (in the right order) for ordering, and a model answer for open reflection.
/// </summary>
public sealed record Question : ILocated
{
    public required string Id { get; init; }
    public required QuestionKind Kind { get; init; }
    public required MarkdownText Prompt { get; init; }

    /// <summary>Cross-references (<c>factor:…</c>, <c>vorm:…</c>) to the framework this question trains.</summary>
    public IReadOnlyList<string> Trains { get; init; } = [];

    public IReadOnlyList<AnswerOption> Options { get; init; } = [];
    public IReadOnlyList<ClassifyCategory> Categories { get; init; } = [];
    public IReadOnlyList<QuestionItem> Items { get; init; } = [];
    public MarkdownText? ModelAnswer { get; init; }

    /// <summary>Shown after a first wrong attempt, before the full explanations (optional).</summary>
    public MarkdownText? Hint { get; init; }

    /// <summary>For open questions: 3–5 points to check one's own answer against, shown before the model answer (optional).</summary>
    public IReadOnlyList<MarkdownText>? Checklist { get; init; }

    public SourceLocation Location { get; init; }
}

public enum QuestionKind
{
    Single,
    Multiple,
    Classify,
    Order,
    Open,
}
