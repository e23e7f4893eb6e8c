using System.CommandLine;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Cli;

/// <summary><c>check</c>: load and validate only; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var sources = CommonOptions.Sources();
        var command = new Command("check", "Check the content for errors without writing anything.") { content, sources };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(content)!);
            if (!CommonOptions.ContentExists(root))
                return 2;
            var (loaded, diagnostics) = new BuildPipeline().Check(root, sourcesRoot: CommonOptions.FullPathOrNull(parse.GetValue(sources)));
            DiagnosticPrinter.Print(diagnostics, Console.Error);
            if (diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error))
                return 1;
            DraftNote.Print(loaded.Drafts.Count, Console.Out);
            Console.WriteLine($"Content is valid: {loaded.Site.Pages.Count} pages, {loaded.Site.Sources.Count} sources.");
            return 0;
        });
        return command;
    }
}
