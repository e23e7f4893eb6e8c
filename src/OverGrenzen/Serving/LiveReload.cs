using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OverGrenzen.Diagnostics;

namespace OverGrenzen.Serving;

/// <summary>
/// Live reload and the error overlay for <c>serve</c>: pages get one module script (from this server, so the
/// CSP allows it) that listens on a server-sent-events stream. A good rebuild sends <c>reload</c>; a failed
/// one sends <c>errors</c> with its diagnostics, which the page shows in a panel until the next good build.
/// A page opened while the last rebuild failed gets the errors as soon as it connects.
/// The script is marked <c>data-live-reload</c>, so offline.js does not register the service worker; and the
/// service worker's URL answers with one that removes itself and its caches, in case a build served with
/// <c>--no-reload</c> left one.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = ServeClientFiles.Folder + "events";

    private const string RetiringWorker = """
        // serve's live reload: no offline caching while writing. Remove this site's caches and this worker.
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (event) => event.waitUntil((async () => {
          for (const name of await caches.keys()) await caches.delete(name);
          await self.registration.unregister();
        })()));
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<Channel<(string Event, string Data)>> _clients = [];
    private readonly Lock _lock = new();
    private string? _errors;

    public static string ScriptPath => ServeClientFiles.Folder + ServeClientFiles.Entry;

    public string Inject(string html) =>
        html.Replace("</body>", $"<script type=\"module\" src=\"{ScriptPath}\" data-live-reload></script></body>", StringComparison.Ordinal);

    public void Map(WebApplication app)
    {
        ServeClientFiles.Map(app);
        app.MapGet(Model.Urls.SiteUrls.ServiceWorker, () => Results.Text(RetiringWorker, "text/javascript"));
        app.MapGet(EventsPath, async (HttpContext context) =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            var channel = Channel.CreateUnbounded<(string Event, string Data)>();
            lock (_lock)
            {
                _clients.Add(channel);
                if (_errors is not null)
                    channel.Writer.TryWrite(("errors", _errors));
            }
            try
            {
                await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await foreach (var (name, data) in channel.Reader.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The browser navigated away, or serve is stopping.
            }
            finally
            {
                lock (_lock)
                    _clients.Remove(channel);
            }
        });
    }

    /// <summary>A good build: every open page reloads (which also clears an error panel).</summary>
    public void Reload()
    {
        lock (_lock)
        {
            _errors = null;
            Send("reload", "");
        }
    }

    /// <summary>A failed build: every open page, and every page opened until the next good build, shows these.</summary>
    public void ShowErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        // One line of JSON: an event's data must not contain a line break.
        var data = JsonSerializer.Serialize(diagnostics.Select(d => new
        {
            severity = d.Severity == Severity.Error ? "error" : "warning",
            d.File, d.Line, d.Column, d.Code, d.Message,
        }), Json);
        lock (_lock)
        {
            _errors = data;
            Send("errors", data);
        }
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for browsers.</summary>
    public void Close()
    {
        lock (_lock)
            foreach (var client in _clients)
                client.Writer.TryComplete();
    }

    private void Send(string name, string data)
    {
        foreach (var client in _clients)
            client.Writer.TryWrite((name, data));
    }
}
