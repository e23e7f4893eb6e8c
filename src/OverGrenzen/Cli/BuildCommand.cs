using System.CommandLine;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Cli;

/// <summary><c>build</c>: load, validate, render and write the site.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var sources = CommonOptions.Sources();
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (faster; for quick iterations and benchmarks)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the time each stage takes." };

        var command = new Command("build", "Build the site from the content folder.") { content, output, sources, noSearch, verbose };
        command.SetAction(async (parse, _) =>
        {
            var options = new BuildOptions
            {
                ContentRoot = parse.GetValue(content)!,
                OutputRoot = parse.GetValue(output)!,
                Search = !parse.GetValue(noSearch),
                SourcesRoot = parse.GetValue(sources),
            };
            if (!CommonOptions.ContentExists(options.ContentRoot))
                return 2;
            var result = await new BuildPipeline(parse.GetValue(verbose) ? Console.Out : null).BuildAsync(options);
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            if (!result.Succeeded)
                return 1;
            Console.WriteLine($"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {options.OutputRoot} in {result.Elapsed.TotalMilliseconds:0} ms.");
            return 0;
        });
        return command;
    }
}
