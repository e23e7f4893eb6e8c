using OverGrenzen.Model.Urls;
using OverGrenzen.Scorm;

namespace OverGrenzen.Output.Steps;

/// <summary>
/// A SCORM 1.2 package of every leerroute and every casus under <c>/downloads/scorm/</c>, for Brightspace, Moodle
/// and Canvas. Runs after the link check because it packages the finished pages; the lecturer pages link to it.
/// </summary>
public sealed class ScormStep : OutputStep
{
    public override string Name => "scorm";

    public override OutputPhase Phase => OutputPhase.AfterLinkCheck;

    public override bool Skippable => true;

    public override string SkipDescription => "Skip the SCORM packages for learning environments (faster).";

    public override IReadOnlyList<string> LaterPaths => [SiteUrls.ScormFolder];

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context)
    {
        var site = context.Content.Site;
        var plans = site.Routes.Select(r => PackagePlan.ForRoute(r, site)).Concat(site.Casussen.Select(PackagePlan.ForCasus)).ToArray();
        if (plans.Length == 0)
            return Task.FromResult<IReadOnlyList<OutputFile>>([]);
        var packager = new ScormPackager(context.StagingRoot, context.Assets);
        Parallel.ForEach(plans, plan =>
        {
            var target = Path.Combine(context.StagingRoot, SiteUrls.OutputPathFor(plan.OutputPath));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, packager.Zip(plan));
        });
        return Task.FromResult<IReadOnlyList<OutputFile>>([]);
    }
}
