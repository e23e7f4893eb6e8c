using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Framework;

/// <summary>A factor that helps or hinders collaboration, in one category.</summary>
public sealed record Factor : PageData
{
    public required string Category { get; init; }

    /// <summary>How the report's Tabel 4–7 name this row, when that differs from the page title (optional).</summary>
    public string? TableLabel { get; init; }

    /// <summary>Named variants, such as Morrison's four cultures or the three kinds of boundary work.</summary>
    public IReadOnlyList<FactorKind> Kinds { get; init; } = [];
}
