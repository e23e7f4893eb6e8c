namespace OverGrenzen.Benchmark.Corpus;

/// <summary>
/// Where the pages of a corpus of <see cref="Pages"/> pages live: folders <c>map-1</c>, <c>map-2</c>, …
/// of at most <see cref="PagesPerFolder"/> pages (<c>pagina-1.md</c> …), an <c>index.md</c> in every
/// folder and one at the root.
/// </summary>
public sealed record CorpusLayout(int Pages)
{
    /// <summary>Pages per folder (the folder's index.md not counted).</summary>
    public const int PagesPerFolder = 100;

    /// <summary>How many folders.</summary>
    public int Folders => (Pages + PagesPerFolder - 1) / PagesPerFolder;

    /// <summary>Every Markdown file: the pages, one index per folder and the root index.</summary>
    public int MarkdownFiles => Pages + Folders + 1;

    /// <summary>How many pages folder <paramref name="folder"/> (1-based) holds.</summary>
    public int PagesIn(int folder) => Math.Min(PagesPerFolder, Pages - (folder - 1) * PagesPerFolder);

    /// <summary>The 0-based number of a page across the whole corpus: a stable key for its seed.</summary>
    public int IndexOf(int folder, int page) => (folder - 1) * PagesPerFolder + page - 1;

    /// <summary>The page at a 0-based corpus index, as (folder, page), both 1-based.</summary>
    public (int Folder, int Page) At(int index) => (index / PagesPerFolder + 1, index % PagesPerFolder + 1);

    /// <summary><c>map-3/pagina-17.md</c>.</summary>
    public static string PagePath(int folder, int page) => $"map-{folder}/pagina-{page}.md";

    /// <summary><c>/map-3/pagina-17/</c>.</summary>
    public static string PageUrl(int folder, int page) => $"/map-{folder}/pagina-{page}/";

    /// <summary><c>map-3/index.md</c>.</summary>
    public static string FolderIndexPath(int folder) => $"map-{folder}/index.md";

    /// <summary><c>/map-3/</c>.</summary>
    public static string FolderUrl(int folder) => $"/map-{folder}/";
}
