using System.CommandLine;
using OverGrenzen.Output.Steps;
using OverGrenzen.Pipeline;
using OverGrenzen.Rendering;

namespace OverGrenzen.Cli;

/// <summary>
/// The options every command shares, and the one place where paths become absolute: the project root is
/// the current folder; the theme folder and netlify.toml are found from it, once.
/// </summary>
internal static class CommonOptions
{
    public static Option<string> Content() =>
        new("--content", "-c") { Description = "Folder with the Markdown and YAML content.", DefaultValueFactory = _ => "content" };

    public static Option<string> Output() =>
        new("--output", "-o") { Description = "Folder to write the site to.", DefaultValueFactory = _ => "_site" };

    public static Option<string?> Theme() =>
        new("--theme") { Description = "Theme folder (assets and the search indexer). Default: theme/ in the current folder, else the copy beside the program." };

    /// <summary>One <c>--no-{name}</c> flag per skippable output step.</summary>
    public static IReadOnlyList<(OutputStep Step, Option<bool> Flag)> SkipFlags() =>
        OutputSteps.Default.Where(s => s.Skippable).Select(s => (s, new Option<bool>("--no-" + s.Name) { Description = s.SkipDescription })).ToArray();

    public static string ProjectRoot => Directory.GetCurrentDirectory();

    public static string NetlifyToml => Path.Combine(ProjectRoot, "netlify.toml");

    /// <summary>The build's options from the command line, every path absolute.</summary>
    public static BuildOptions BuildOptions(ParseResult parse, Option<string> content, Option<string> output, Option<string?> theme) => new()
    {
        ContentRoot = Path.GetFullPath(parse.GetValue(content)!),
        OutputRoot = Path.GetFullPath(parse.GetValue(output)!),
        ThemeRoot = parse.GetValue(theme) is { } folder ? Path.GetFullPath(folder) : ThemeFolder.Locate(ProjectRoot),
    };

    public static Option<string?> Sources() =>
        new("--sources") { Description = "Folder with the source documents (.txt, .md): report every run of 12 or more words that the content shares with one of them." };

    /// <summary>An optional folder from the command line, made absolute.</summary>
    public static string? FullPathOrNull(string? folder) => folder is null ? null : Path.GetFullPath(folder);

    public static bool ContentExists(string root)
    {
        if (Directory.Exists(root))
            return true;
        Console.Error.WriteLine($"The content folder '{Path.GetFullPath(root)}' does not exist. Run from the repository root, or pass --content DIR.");
        return false;
    }
}
