using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Exercises;

/// <summary>A case exercise: a narrative (the page body) and questions with feedback.</summary>
public sealed record Casus : PageData
{
    public IReadOnlyList<Audience> Audience { get; init; } = [];

    /// <summary>Minutes; 0 means missing, which validation reports.</summary>
    public required int Duration { get; init; }

    public IReadOnlyList<string> Objectives { get; init; } = [];

    public IReadOnlyList<string> Studies { get; init; } = [];

    public IReadOnlyList<string> Factors { get; init; } = [];

    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>Werkvormen, timing, discussion questions and answer rationale for the lecturer page.</summary>
    public required MarkdownText LecturerNotes { get; init; }
}
