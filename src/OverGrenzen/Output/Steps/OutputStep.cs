namespace OverGrenzen.Output.Steps;

/// <summary>
/// One output of the build besides the pages (sitemap, open data, theme assets, search index…). The
/// pipeline runs the steps in <see cref="OutputSteps.Default"/>; adding an output is one subclass plus one line there.
/// </summary>
public abstract class OutputStep
{
    /// <summary>Names the step; a skippable step gets the CLI flag <c>--no-{Name}</c>.</summary>
    public abstract string Name { get; }

    public virtual OutputPhase Phase => OutputPhase.BeforeLinkCheck;

    /// <summary>Whether <c>build</c> offers <c>--no-{Name}</c>.</summary>
    public virtual bool Skippable => false;

    /// <summary>What <c>--help</c> says about <c>--no-{Name}</c>.</summary>
    public virtual string SkipDescription => $"Skip the {Name} output.";

    /// <summary>
    /// For a step that runs after the link check: the URL prefixes it writes (e.g. <c>/pagefind/</c>), so
    /// that links to them are not reported as broken. A step before the check declares its paths by its files.
    /// </summary>
    public virtual IReadOnlyList<string> LaterPaths => [];

    /// <summary>
    /// Before the link check: the files to write (the link check learns their paths). After it: writes into
    /// <see cref="OutputContext.StagingRoot"/> itself and returns nothing.
    /// </summary>
    public abstract Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context);

    /// <summary>What the build reports when the step throws (a missing tool, a failing process).</summary>
    public virtual string FailureMessage(Exception e) =>
        $"The {Name} output could not be made: {e.Message.Trim()}" + (Skippable ? $" Build with --no-{Name} to skip it." : "");
}

public enum OutputPhase
{
    /// <summary>Produces files in memory; they are written with the pages and links to them are checked.</summary>
    BeforeLinkCheck,

    /// <summary>Reads the finished pages in the staging folder (the search indexer); runs only when the link check passed.</summary>
    AfterLinkCheck,
}
