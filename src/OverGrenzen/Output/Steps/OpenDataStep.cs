namespace OverGrenzen.Output.Steps;

/// <summary>The framework and the studies as JSON and CSV under <c>/data/</c>.</summary>
public sealed class OpenDataStep : OutputStep
{
    public override string Name => "open-data";

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context) =>
        Task.FromResult<IReadOnlyList<OutputFile>>(OpenData.Files(context.Content.Site).ToArray());
}
