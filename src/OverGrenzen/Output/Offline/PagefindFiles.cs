using System.IO.Compression;
using System.Text;
using System.Text.Json;
using OverGrenzen.Search;

namespace OverGrenzen.Output.Offline;

/// <summary>
/// The Pagefind files a stored route needs to search offline: the script and its worker, the entry file,
/// the WebAssembly module of each indexed language, the metadata, every index and filter chunk (which
/// chunk a query needs depends on the query, and together they are ~210 KB), and the fragments (the
/// result text) of the route's own pages only. The fragment of a page is found by the URL Pagefind stored in it.
/// </summary>
public sealed class PagefindFiles
{
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("pagefind_dcd");
    private readonly IReadOnlyDictionary<string, string> _fragmentOfPage;

    private PagefindFiles(IReadOnlyList<string> shared, IReadOnlyDictionary<string, string> fragmentOfPage)
    {
        Shared = shared;
        _fragmentOfPage = fragmentOfPage;
    }

    /// <summary>The files every search needs, whatever is searched.</summary>
    public IReadOnlyList<string> Shared { get; }

    /// <summary>The fragment of a page, or null when the page is not indexed.</summary>
    public string? FragmentOf(string pageUrl) => _fragmentOfPage.GetValueOrDefault(pageUrl);

    /// <summary>Reads the index in the staging folder; without one (built with <c>--no-search</c>) there is nothing to store.</summary>
    public static PagefindFiles In(string root, IReadOnlyList<BuiltFile> files)
    {
        var folder = PagefindIndexer.OutputFolder;
        if (!Directory.Exists(Path.Combine(root, folder.Trim('/'))))
            return new PagefindFiles([], new Dictionary<string, string>());

        var wasm = Languages(Path.Combine(root, folder.Trim('/'), "pagefind-entry.json")).Select(l => folder + "wasm." + l + ".pagefind").ToHashSet(StringComparer.Ordinal);
        var shared = files.Select(f => f.Url).Where(url =>
            url == folder + "pagefind.js" || url == folder + "pagefind-worker.js" || url == folder + "pagefind-entry.json"
            || wasm.Contains(url)
            || (url.StartsWith(folder, StringComparison.Ordinal) && url.EndsWith(".pf_meta", StringComparison.Ordinal))
            || url.StartsWith(folder + "index/", StringComparison.Ordinal)
            || url.StartsWith(folder + "filter/", StringComparison.Ordinal)).ToArray();

        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fragment in files.Where(f => f.Url.StartsWith(folder + "fragment/", StringComparison.Ordinal)))
            if (PageUrlIn(Path.Combine(root, fragment.Url.TrimStart('/'))) is { } page)
                fragments[page] = fragment.Url;
        return new PagefindFiles(shared, fragments);
    }

    private static IEnumerable<string> Languages(string entryFile)
    {
        if (!File.Exists(entryFile))
            return [];
        using var entry = JsonDocument.Parse(File.ReadAllBytes(entryFile));
        return entry.RootElement.GetProperty("languages").EnumerateObject()
            .Select(l => l.Value.TryGetProperty("wasm", out var w) && w.GetString() is { } name ? name : "unknown")
            .ToArray();
    }

    /// <summary>A fragment is gzip-compressed JSON behind a signature; its <c>url</c> is the page it belongs to.</summary>
    private static string? PageUrlIn(string fragmentFile)
    {
        using var gzip = new GZipStream(File.OpenRead(fragmentFile), CompressionMode.Decompress);
        using var data = new MemoryStream();
        gzip.CopyTo(data);
        var bytes = data.ToArray();
        if (!bytes.AsSpan().StartsWith(Signature))
            return null;
        using var json = JsonDocument.Parse(bytes.AsMemory(Signature.Length));
        return json.RootElement.TryGetProperty("url", out var url) ? url.GetString() : null;
    }
}
