namespace OverGrenzen.Output.Steps;

/// <summary>The outputs of a build besides the pages, in the order they run. Add a new output here.</summary>
public static class OutputSteps
{
    public static readonly IReadOnlyList<OutputStep> Default =
    [
        new SiteMapStep(),
        new OpenDataStep(),
        new ThemeAssetsStep(),
        new RedirectsStep(),
        new SearchIndexStep(),
        new ScormStep(),
        new OfflineStep(),
    ];
}
