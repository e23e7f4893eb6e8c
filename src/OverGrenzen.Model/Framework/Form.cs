using OverGrenzen.Model.Pages;

namespace OverGrenzen.Model.Framework;

/// <summary>A form of collaboration on the continuum, from full segregation (0) to teamwork (4).</summary>
public sealed record Form : PageData
{
    /// <summary>0–4; -1 means the author left it out, which validation reports.</summary>
    public required int Level { get; init; } = -1;

    /// <summary>How predictable the tasks are for which this form fits.</summary>
    public required Level Predictability { get; init; }

    public required Level Urgency { get; init; }

    public required Level Complexity { get; init; }

    /// <summary>
    /// Whether the report describes the tasks this form fits. When false (full segregation), the three values above
    /// are the site's reading of the continuum, and every place that shows them says so.
    /// </summary>
    public bool TaskFromReport { get; init; } = true;

    public bool JointPlan { get; init; }

    public bool PooledFunding { get; init; }

    /// <summary>What this form asks of the interpersonal factors (the report's Tabel 2).</summary>
    public required FormDemands Demands { get; init; }
}
