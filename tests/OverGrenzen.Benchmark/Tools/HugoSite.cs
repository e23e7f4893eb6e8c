namespace OverGrenzen.Benchmark.Tools;

/// <summary>
/// A minimal Hugo site over a corpus: <c>hugo.toml</c> and five templates (a page with its tags, a section list,
/// the tag index, a tag's page, and a base with the main menu and the current section's pages). Its <c>content/</c> holds the corpus's files
/// byte for byte, with one difference Hugo needs: a folder's <c>index.md</c> is named <c>_index.md</c>
/// (for Hugo, <c>index.md</c> makes a leaf bundle and would hide the folder's other pages).
/// </summary>
public sealed class HugoSite
{
    private HugoSite(string root) => Root = root;

    /// <summary>The site folder (<c>--source</c>).</summary>
    public string Root { get; }

    /// <summary>Creates the site in <paramref name="root"/> from the corpus in <paramref name="corpusContent"/>.</summary>
    public static HugoSite Create(string root, string corpusContent)
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        var content = Path.Combine(root, "content");
        foreach (var file in Directory.EnumerateFiles(corpusContent, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(corpusContent, file);
            if (Path.GetFileName(relative) == "index.md")
                relative = Path.Combine(Path.GetDirectoryName(relative)!, "_index.md");
            var target = Path.Combine(content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Write(root, "hugo.toml", Config);
        Write(root, "layouts/_default/baseof.html", BaseOf);
        Write(root, "layouts/_default/single.html", Single);
        Write(root, "layouts/_default/list.html", List);
        Write(root, "layouts/_default/taxonomy.html", Taxonomy);
        Write(root, "layouts/_default/term.html", Term);
        return new HugoSite(root);
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    // Sitemap and robots.txt stay on, as our generator writes both; RSS is off (ours has none). The one taxonomy,
    // tags, is on: like ours, Hugo then writes /tags/ and a page per tag, and lists a page's tags on it.
    private const string Config = """
        baseURL = "https://example.invalid/"
        languageCode = "nl"
        defaultContentLanguage = "nl"
        title = "Over grenzen (benchmark)"
        disableKinds = ["RSS"]
        enableRobotsTXT = true

        [taxonomies]
        tag = "tags"
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{ .Title }} — {{ site.Title }}</title>
          <meta name="description" content="{{ .Description }}">
        </head>
        <body>
          <nav aria-label="Hoofdmenu"><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
          <nav aria-label="Deze map"><ul>{{ range .CurrentSection.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
          <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .TableOfContents }}{{ .Content }}{{ with .GetTerms "tags" }}<nav aria-label="Tags"><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></nav>{{ end }}</article>{{ end }}
        """;

    /// <summary><c>/tags/</c>: every tag with its number of pages, as our tag index.</summary>
    private const string Taxonomy = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }} ({{ .Count }})</a></li>{{ end }}</ul></article>{{ end }}
        """;

    /// <summary><c>/tags/x/</c>: the pages with one tag, each with its description, as our tag pages.</summary>
    private const string Term = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>{{ end }}</ul></article>{{ end }}
        """;

    private const string List = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}</article>{{ end }}
        """;
}
