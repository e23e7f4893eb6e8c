using OverGrenzen.Diagnostics;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Tests;

/// <summary>
/// Builds a small site from inline files (Hugo's txtar idea): "-- path --" lines separate the files.
/// Each instance owns a temporary folder that is deleted afterwards.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string MinimalBibliography = """
        -- data/bronnen/test.yml --
        - key: rapport
          authors: ["Kennisnetwerk Jeugd Haaglanden"]
          year: z.d.
          title: Over grenzen!?
        - key: bartelink2022
          authors: ["Bartelink, C.", "Rutz, S.", "Steenbakkers, A."]
          year: "2022"
          title: Beter Samenspel
        """;

    public TestSite(string files)
    {
        Root = Path.Combine(Path.GetTempPath(), "og-test-" + Guid.NewGuid().ToString("N")[..8]);
        Content = Path.Combine(Root, "content");
        Output = Path.Combine(Root, "_site");
        Directory.CreateDirectory(Content);
        Write(files);
    }

    public string Root { get; }
    public string Content { get; }
    public string Output { get; }

    /// <summary>The theme assets of this repository.</summary>
    public static string ThemeAssets => Path.Combine(RepositoryRoot, "theme", "assets");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
                directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found above the test folder.");
        }
    }

    public void Write(string files)
    {
        string? path = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush();
                path = line[3..^3].Trim();
                lines.Clear();
            }
            else if (path is not null)
                lines.Add(line);
        }
        Flush();

        void Flush()
        {
            if (path is null)
                return;
            var full = Path.Combine(Content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, string.Join('\n', lines).TrimEnd('\n') + "\n");
        }
    }

    public IReadOnlyList<Diagnostic> Check() => new BuildPipeline().Check(Content).Diagnostics;

    public Task<BuildResult> BuildAsync() => BuildAsync(Options);

    public Task<BuildResult> BuildAsync(BuildOptions options) => new BuildPipeline().BuildAsync(options);

    /// <summary>The options <see cref="BuildAsync()"/> uses: this site, the repository's theme, no search.</summary>
    public BuildOptions Options => new() { ContentRoot = Content, OutputRoot = Output, ThemeAssetsRoot = ThemeAssets, Search = false };

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
