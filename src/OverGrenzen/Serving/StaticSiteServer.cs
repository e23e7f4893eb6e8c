using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OverGrenzen.Serving;

/// <summary>
/// Serves a built site from disk on 127.0.0.1 the way Netlify does: clean URLs, 404.html for missing
/// pages, compressed text, and the response headers given. Reads from disk on every request, so an atomic swap of the
/// output folder is picked up at once. Used by <c>serve</c> and by the browser tests.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    /// <summary>Called for every HTML response, e.g. to add the live-reload script.</summary>
    public static async Task<StaticSiteServer> StartAsync(
        string root,
        int port,
        IReadOnlyDictionary<string, string>? headers = null,
        Func<string, string>? transformHtml = null,
        Action<WebApplication>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // Netlify compresses text; without it here, measured load times would be too slow.
        builder.Services.AddResponseCompression(o => o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml"));
        var app = builder.Build();
        app.UseResponseCompression();
        configure?.Invoke(app);

        app.Run(async context =>
        {
            // Endpoints mapped by 'configure' (live reload) are matched by routing but would otherwise
            // never run: this terminal middleware comes before the endpoint middleware.
            if (context.GetEndpoint()?.RequestDelegate is { } endpoint)
            {
                await endpoint(context);
                return;
            }

            var (path, status) = Resolve(root, context.Request.Path.Value ?? "/");
            // Like Netlify, a redirect in _redirects applies where no file is (the build forbids an alias on a page's URL).
            if (path is null && RedirectFor(root, context.Request.Path.Value ?? "/") is { } target)
            {
                context.Response.Redirect(target + context.Request.QueryString, permanent: true);
                return;
            }
            if (path is null)
            {
                if (status == StatusCodes.Status301MovedPermanently)
                {
                    context.Response.Redirect(context.Request.Path + "/" + context.Request.QueryString, permanent: true);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                path = Path.Combine(root, "404.html");
                if (!File.Exists(path))
                    return;
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                context.Response.Headers[name] = value;
            context.Response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            if (path.EndsWith(".html", StringComparison.Ordinal) && transformHtml is not null)
                await context.Response.WriteAsync(transformHtml(await File.ReadAllTextAsync(path)));
            else
                await context.Response.SendFileAsync(path);
        });

        await app.StartAsync();
        return new StaticSiteServer(app);
    }

    /// <summary>Maps a URL path to a file: <c>/a/</c> → <c>a/index.html</c>; <c>/a</c> redirects to <c>/a/</c>.</summary>
    private static (string? Path, int Status) Resolve(string root, string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
            return (null, StatusCodes.Status404NotFound);
        if (File.Exists(full))
            return (full, StatusCodes.Status200OK);
        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            if (!File.Exists(index))
                return (null, StatusCodes.Status404NotFound);
            return urlPath.EndsWith('/') ? (index, StatusCodes.Status200OK) : (null, StatusCodes.Status301MovedPermanently);
        }
        return (null, StatusCodes.Status404NotFound);
    }

    /// <summary>The target of the site's <c>_redirects</c> line for this path; read from disk each time, as pages are.</summary>
    private static string? RedirectFor(string root, string urlPath)
    {
        var file = Path.Combine(root, Model.Urls.SiteUrls.Redirects.TrimStart('/'));
        return File.Exists(file) ? Output.NetlifyRedirects.Parse(File.ReadAllText(file)).TargetFor(Uri.UnescapeDataString(urlPath)) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
