using OverGrenzen.Search;

namespace OverGrenzen.Output.Steps;

/// <summary>The Pagefind index under <c>/pagefind/</c>, made from the finished pages in the staging folder.</summary>
public sealed class SearchIndexStep : OutputStep
{
    public const string StepName = "search";

    public override string Name => StepName;

    public override OutputPhase Phase => OutputPhase.AfterLinkCheck;

    public override bool Skippable => true;

    public override string SkipDescription => "Skip the search index (faster; for quick iterations and benchmarks).";

    public override IReadOnlyList<string> LaterPaths => [PagefindIndexer.OutputFolder];

    public override string FailureMessage(Exception e) =>
        $"The search index could not be made: {e.Message.Trim()} Install Node.js 20+ with npm, or build with --no-search.";

    public override async Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context)
    {
        await new PagefindIndexer(context.ThemeRoot, context.Log).IndexAsync(context.StagingRoot);
        return [];
    }
}
