namespace OverGrenzen.Model.Studies;

/// <summary>
/// One way a study sits at a form of collaboration: where the report places it, where another source
/// places it, or where one of its pilots works. The one place that reads those three fields together.
/// </summary>
public sealed record StudyPlacement(Entry<Study> Study, StudyPlacementKind Kind)
{
    /// <summary>Set when <see cref="Kind"/> is <see cref="StudyPlacementKind.Alternative"/>.</summary>
    public AlternativeForm? Alternative { get; init; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="StudyPlacementKind.Pilot"/>.</summary>
    public Pilot? Pilot { get; init; }

    /// <summary>The placements of one study at one form: the report's first, then other sources', then pilots.</summary>
    public static IEnumerable<StudyPlacement> Of(Entry<Study> study, string formId)
    {
        if (study.Data.Form.Id == formId)
            yield return new(study, StudyPlacementKind.Report);
        foreach (var alternative in study.Data.AlternativeForms.Where(a => a.Id == formId))
            yield return new(study, StudyPlacementKind.Alternative) { Alternative = alternative };
        foreach (var pilot in study.Data.Pilots.Where(p => p.Form == formId))
            yield return new(study, StudyPlacementKind.Pilot) { Pilot = pilot };
    }
}

public enum StudyPlacementKind
{
    Report,
    Alternative,
    Pilot,
}
