namespace OverGrenzen.Model.Framework;

/// <summary>The six interpersonal demands of Tabel 2 (Xyrichis et al., 2018) for one form.</summary>
public sealed record FormDemands : ILocated
{
    public required Level ClearGoals { get; init; }
    public required Level SharedCommitment { get; init; }
    public required Level SharedIdentity { get; init; }
    public required Level ClearRoles { get; init; }
    public required Level Interdependence { get; init; }
    public required Level IntegrationOfWork { get; init; }

    public SourceLocation Location { get; init; }

    /// <summary>The demands with their Dutch labels, in the order of Tabel 2.</summary>
    public IReadOnlyList<(string Label, Level Value)> Rows =>
    [
        ("Heldere doelen", ClearGoals),
        ("Gezamenlijk commitment", SharedCommitment),
        ("Gezamenlijke identiteit", SharedIdentity),
        ("Heldere rollen en verantwoordelijkheden", ClearRoles),
        ("Wederzijdse afhankelijkheid", Interdependence),
        ("Integratie van werkzaamheden", IntegrationOfWork),
    ];
}
