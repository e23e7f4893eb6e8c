using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Exercises;

/// <summary>A training module (leerroute): an ordered sequence of pages and casussen.</summary>
public sealed record Route : PageData
{
    public IReadOnlyList<Audience> Audience { get; init; } = [];
    public IReadOnlyList<string> Objectives { get; init; } = [];
    public IReadOnlyList<RouteStep> Steps { get; init; } = [];
    public required MarkdownText LecturerNotes { get; init; }

    public int TotalMinutes => Steps.Sum(s => s.Minutes);
}
