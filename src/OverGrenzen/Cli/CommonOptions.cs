using System.CommandLine;

namespace OverGrenzen.Cli;

internal static class CommonOptions
{
    public static Option<string> Content() =>
        new("--content", "-c") { Description = "Folder with the Markdown and YAML content.", DefaultValueFactory = _ => "content" };

    public static Option<string> Output() =>
        new("--output", "-o") { Description = "Folder to write the site to.", DefaultValueFactory = _ => "_site" };

    public static Option<string?> Sources() =>
        new("--sources") { Description = "Folder with the source documents (.txt, .md): report every run of 12 or more words that the content shares with one of them." };

    public static bool ContentExists(string root)
    {
        if (Directory.Exists(root))
            return true;
        Console.Error.WriteLine($"The content folder '{Path.GetFullPath(root)}' does not exist. Run from the repository root, or pass --content DIR.");
        return false;
    }
}
