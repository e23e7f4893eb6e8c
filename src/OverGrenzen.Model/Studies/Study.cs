using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Studies;

/// <summary>One of the seven studies of the report, with its place on the continuum and its findings.</summary>
public sealed record Study : PageData
{
    /// <summary>Bibliography key of the study's own publication.</summary>
    public required string Citation { get; init; }

    /// <summary>Authors as the report names them, e.g. "Bartelink et al.".</summary>
    public required string Authors { get; init; }

    public required string Year { get; init; }

    public string? Period { get; init; }

    public required MarkdownText Aim { get; init; }

    public required MarkdownText Setting { get; init; }

    public IReadOnlyList<string> Partners { get; init; } = [];

    public required MarkdownText Method { get; init; }

    /// <summary>The report's classification on the continuum.</summary>
    public required FormPlacement Form { get; init; }

    /// <summary>Where another source places the study differently.</summary>
    public IReadOnlyList<AlternativeForm> AlternativeForms { get; init; } = [];

    /// <summary>Parts of the study that reached their own level (Integratie jeugdhulp en v-ggz).</summary>
    public IReadOnlyList<Pilot> Pilots { get; init; } = [];

    public required FormFit Fit { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public IReadOnlyList<MarkdownText> Lessons { get; init; } = [];
}
