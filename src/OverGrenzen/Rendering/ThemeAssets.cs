using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OverGrenzen.Rendering;

/// <summary>
/// The theme's CSS, JavaScript and images, fingerprinted (<c>site.3f2a1b9c0d.css</c>) so they can be
/// cached forever. JavaScript imports between modules, and module URLs made with <c>new URL("./x.js", import.meta.url)</c>
/// (a worker's script), are rewritten to the fingerprinted names.
/// </summary>
public sealed partial class ThemeAssets
{
    public sealed record Asset(string LogicalPath, string Url, byte[] Content);

    private ThemeAssets(IReadOnlyList<Asset> files) => Files = files;

    public IReadOnlyList<Asset> Files { get; }

    /// <summary>Logical path (<c>css/site.css</c>) → URL (<c>/assets/css/site.3f2a1b9c0d.css</c>).</summary>
    public IReadOnlyDictionary<string, string> Urls => Files.ToDictionary(f => f.LogicalPath, f => f.Url, StringComparer.Ordinal);

    public static ThemeAssets Load(string assetsRoot)
    {
        var sources = Directory.EnumerateFiles(assetsRoot, "*", SearchOption.AllDirectories)
            .Select(full => (Logical: Path.GetRelativePath(assetsRoot, full).Replace('\\', '/'), Bytes: File.ReadAllBytes(full)))
            .Where(f => !Path.GetFileName(f.Logical).StartsWith('.'))
            .OrderBy(f => f.Logical, StringComparer.Ordinal)
            .ToArray();

        // Modules import each other, so a change to one must change the URLs of all of them.
        var scriptsHash = Hash(sources.Where(s => s.Logical.EndsWith(".js", StringComparison.Ordinal))
            .SelectMany(s => Encoding.UTF8.GetBytes(s.Logical).Concat(s.Bytes)).ToArray());

        var urls = sources.ToDictionary(
            s => s.Logical,
            s => "/assets/" + Fingerprinted(s.Logical, s.Logical.EndsWith(".js", StringComparison.Ordinal) ? Hash(Encoding.UTF8.GetBytes(scriptsHash + s.Logical)) : Hash(s.Bytes)),
            StringComparer.Ordinal);

        var files = sources.Select(s => new Asset(s.Logical, urls[s.Logical],
            s.Logical.EndsWith(".js", StringComparison.Ordinal) ? RewriteImports(s.Logical, s.Bytes, urls) : s.Bytes)).ToArray();
        return new ThemeAssets(files);
    }

    private static byte[] RewriteImports(string logical, byte[] content, Dictionary<string, string> urls)
    {
        var folder = Path.GetDirectoryName(logical)?.Replace('\\', '/') ?? "";
        var text = ImportPattern().Replace(Encoding.UTF8.GetString(content), match =>
        {
            var target = Path.GetFullPath(Path.Combine("/", folder, match.Groups["path"].Value)).Replace('\\', '/').TrimStart('/');
            return urls.TryGetValue(target, out var url)
                ? match.Value.Replace(match.Groups["path"].Value, url, StringComparison.Ordinal)
                : throw new InvalidOperationException($"Theme script {logical} imports {match.Groups["path"].Value}, which does not exist.");
        });
        return Encoding.UTF8.GetBytes(text);
    }

    private static string Fingerprinted(string logical, string hash)
    {
        var extension = Path.GetExtension(logical);
        return logical[..^extension.Length] + "." + hash + extension;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    [GeneratedRegex("""(?:from\s*|import\s*\(?\s*|new\s+URL\(\s*)["'](?<path>\.{1,2}/[^"']+\.js)["']""")]
    private static partial Regex ImportPattern();
}
