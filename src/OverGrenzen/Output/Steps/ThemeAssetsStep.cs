namespace OverGrenzen.Output.Steps;

/// <summary>The theme's fingerprinted CSS, JavaScript and images under <c>/assets/</c>.</summary>
public sealed class ThemeAssetsStep : OutputStep
{
    public override string Name => "assets";

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context) =>
        Task.FromResult<IReadOnlyList<OutputFile>>(context.Assets.Files.Select(a => new OutputFile(a.Url.TrimStart('/'), a.Content)).ToArray());
}
