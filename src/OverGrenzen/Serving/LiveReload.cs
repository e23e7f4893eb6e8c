using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OverGrenzen.Serving;

/// <summary>
/// Live reload for <c>serve</c>: pages get a small script (from this server, so the CSP allows it) that
/// listens on a server-sent-events stream and reloads when a rebuild finishes. The script is marked
/// <c>data-live-reload</c>, so offline.js does not register the service worker; and the service worker's URL
/// answers with one that removes itself and its caches, in case a build served with <c>--no-reload</c> left one.
/// </summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/__livereload.js";
    public const string EventsPath = "/__livereload";

    private const string Script = """
        const events = new EventSource("/__livereload");
        events.addEventListener("reload", () => location.reload());
        """;

    private const string RetiringWorker = """
        // serve's live reload: no offline caching while writing. Remove this site's caches and this worker.
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (event) => event.waitUntil((async () => {
          for (const name of await caches.keys()) await caches.delete(name);
          await self.registration.unregister();
        })()));
        """;

    private readonly List<Channel<string>> _clients = [];
    private readonly Lock _lock = new();

    public string Inject(string html) =>
        html.Replace("</body>", $"<script type=\"module\" src=\"{ScriptPath}\" data-live-reload></script></body>", StringComparison.Ordinal);

    public void Map(WebApplication app)
    {
        app.MapGet(ScriptPath, () => Results.Text(Script, "text/javascript"));
        app.MapGet(Model.Urls.SiteUrls.ServiceWorker, () => Results.Text(RetiringWorker, "text/javascript"));
        app.MapGet(EventsPath, async (HttpContext context) =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            var channel = Channel.CreateUnbounded<string>();
            lock (_lock)
                _clients.Add(channel);
            try
            {
                await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync($"event: {message}\ndata: {message}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The browser navigated away.
            }
            finally
            {
                lock (_lock)
                    _clients.Remove(channel);
            }
        });
    }

    public void Reload()
    {
        lock (_lock)
            foreach (var client in _clients)
                client.Writer.TryWrite("reload");
    }
}
