using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OverGrenzen.Serving;

/// <summary>
/// The browser side of <c>serve</c> (live reload and the error overlay): ES modules and a stylesheet compiled
/// into the program from <c>Serving/Client/</c> and answered only by the dev server, from the site's own
/// origin so the site's CSP allows them. They are not theme assets, so <c>build</c> never writes them.
/// </summary>
public static class ServeClientFiles
{
    /// <summary>The URL folder they are served from; no page of the site lives under it.</summary>
    public const string Folder = "/__serve/";

    /// <summary>The module the pages load; it imports the rest.</summary>
    public const string Entry = "live-reload.js";

    private const string ResourcePrefix = "serve-client/";

    public static IReadOnlyList<string> Names { get; } = typeof(ServeClientFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .ToArray();

    public static void Map(WebApplication app)
    {
        foreach (var name in Names)
        {
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            var content = Read(name);
            app.MapGet(Folder + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Results.Bytes(content, type);
            });
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(ServeClientFiles).Assembly.GetManifestResourceStream(ResourcePrefix + name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
