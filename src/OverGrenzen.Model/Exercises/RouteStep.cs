namespace OverGrenzen.Model.Exercises;

/// <summary>One step of a route: a cross-reference, the time it takes and why it is there.</summary>
public sealed record RouteStep : ILocated
{
    /// <summary>A cross-reference such as <c>casus:zorglogistiek</c> or <c>page:kader/vormen</c>.</summary>
    public required string Ref { get; init; }
    public required int Minutes { get; init; }
    public required MarkdownText Note { get; init; }
    public SourceLocation Location { get; init; }

    /// <summary>The scheme of a step that is a casus.</summary>
    public const string CasusScheme = "casus:";

    /// <summary>The casus id when this step is a casus (<c>casus:x</c> → <c>x</c>), else null. The one place that parses it.</summary>
    public string? CasusId() => Ref.StartsWith(CasusScheme, StringComparison.Ordinal) ? Ref[CasusScheme.Length..] : null;
}
