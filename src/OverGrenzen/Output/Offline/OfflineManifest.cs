using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OverGrenzen.Output.Offline;

/// <summary>
/// <c>/offline.json</c>: what the service worker precaches (the shell), what each route's
/// "Beschikbaar offline" stores, and the size and hash of every file (for the progress shown, and so that
/// a new build keeps the stored files that did not change).
/// </summary>
public sealed record OfflineManifest(
    string Version,
    string Cache,
    IReadOnlyList<string> Shell,
    IReadOnlyList<OfflineRoute> Routes,
    IReadOnlyList<BuiltFile> Files)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public byte[] ToJson() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        version = Version,
        cache = Cache,
        shell = Shell,
        routes = Routes.Select(r => new { url = r.Url, title = r.Title, pages = r.Pages, files = r.Files }),
        // url → [bytes, hash]: compact, ~40 bytes a file.
        files = Files.ToDictionary(f => f.Url, f => new object[] { f.Bytes, f.Hash }, StringComparer.Ordinal),
    }, Json) + "\n");
}
