using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Framework;

/// <summary>One of the four categories of factors, with its part in the jazz orchestra.</summary>
public sealed record Category : PageData
{
    /// <summary>The jazz-orchestra role, e.g. "De muzikant".</summary>
    public required string Role { get; init; }

    public required string RoleExplanation { get; init; }
}
