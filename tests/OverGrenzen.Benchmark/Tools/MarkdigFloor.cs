using OverGrenzen.Benchmark.Measuring;

namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// The floor: <c>tests/OverGrenzen.MarkdigFloor</c>, a bare parallel Markdig conversion of the same corpus,
/// published and started like the generator. What the generator takes beyond it is its own work.
/// </summary>
public sealed class MarkdigFloor(PublishedProgram program)
{
    /// <summary>Publishes the floor program into <paramref name="workFolder"/>, once, untimed.</summary>
    public static async Task<MarkdigFloor> CompileAsync(Repository repository, string workFolder, ProgramForm form) =>
        new(await PublishedProgram.PublishAsync(
            Path.Combine(repository.Root, "tests", "OverGrenzen.MarkdigFloor", "OverGrenzen.MarkdigFloor.csproj"),
            Path.Combine(workFolder, "program", "markdig-floor"), form));

    /// <summary>Converts every Markdown file under <paramref name="contentRoot"/> into <paramref name="outputRoot"/>.</summary>
    public Task<Measurement> ConvertAsync(string contentRoot, string outputRoot, TimeSpan timeout) =>
        TimedProcess.RunAsync(program.Executable, [contentRoot, outputRoot], timeout);
}
