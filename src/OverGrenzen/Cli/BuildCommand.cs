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
        var theme = CommonOptions.Theme();
        var sources = CommonOptions.Sources();
        var skipFlags = CommonOptions.SkipFlags();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the time each stage takes." };

        var command = new Command("build", "Build the site from the content folder.") { content, output, theme, sources, verbose };
        foreach (var (_, flag) in skipFlags)
            command.Options.Add(flag);
        command.SetAction(async (parse, _) =>
        {
            var options = CommonOptions.BuildOptions(parse, content, output, theme) with
            {
                SourcesRoot = CommonOptions.FullPathOrNull(parse.GetValue(sources)),
                Skipped = skipFlags.Where(f => parse.GetValue(f.Flag)).Select(f => f.Step.Name).ToHashSet(StringComparer.Ordinal),
            };
            if (!CommonOptions.ContentExists(options.ContentRoot))
                return 2;
            var result = await new BuildPipeline(parse.GetValue(verbose) ? Console.Out : null).BuildAsync(options);
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            if (!result.Succeeded)
                return 1;
            DraftNote.Print(result.DraftsLeftOut, Console.Out);
            Console.WriteLine($"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {options.OutputRoot} in {result.Elapsed.TotalMilliseconds:0} ms.");
            return 0;
        });
        return command;
    }
}
