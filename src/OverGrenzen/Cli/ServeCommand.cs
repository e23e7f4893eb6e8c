using System.CommandLine;
using OverGrenzen.Output;
using OverGrenzen.Serving;

namespace OverGrenzen.Cli;

/// <summary>
/// <c>serve</c>: build, serve on 127.0.0.1, rebuild on every change, reload the browser or show the
/// errors in it, and keep the search index current. Ctrl+C waits for the work under way, so the output
/// folder is left complete.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var theme = CommonOptions.Theme();
        var sources = CommonOptions.Sources();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
        // Measurements (tests/lighthouse) want the pages exactly as deployed: no reload script or open stream.
        var noReload = new Option<bool>("--no-reload") { Description = "Do not add the live-reload and error-overlay script to pages (for measurements)." };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild when content or theme assets change.") { content, output, theme, sources, port, noReload };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = (CommonOptions.BuildOptions(parse, content, output, theme) with
            {
                SourcesRoot = CommonOptions.FullPathOrNull(parse.GetValue(sources)),
            }).ForServe();
            if (!CommonOptions.ContentExists(options.ContentRoot))
                return 2;

            var live = !parse.GetValue(noReload);
            var reload = live ? new LiveReload() : null;
            // Rebuilds, the fast path and the search index's swap all write here: one at a time.
            var served = new ServedFolder(options.OutputRoot);
            var search = new BackgroundSearchIndex(served, options.ResolvedThemeRoot, Console.Out, cancellation);
            var rebuilder = new SiteRebuilder(options, served, reload, search, Console.Out);

            var first = await rebuilder.BuildFirstAsync();
            if (!first.Succeeded && !Directory.Exists(options.OutputRoot))
                return 1;

            // The same security headers as on Netlify, so a CSP problem shows up while writing.
            var headers = NetlifyHeaders.ForAllPaths(CommonOptions.NetlifyToml);
            await using var server = await StaticSiteServer.StartAsync(options.OutputRoot, parse.GetValue(port), headers, reload is null ? null : reload.Inject, reload is null ? null : reload.Map);
            string[] watched = [options.ContentRoot, options.ResolvedThemeAssetsRoot];
            var watcher = new RebuildWatcher(watched, rebuilder.RebuildAsync);

            Console.WriteLine($"Serving {Shown(options.OutputRoot)} at {server.Url}/");
            Console.WriteLine($"Watching {string.Join(" and ", watched.Select(Shown))}: saving a page rebuilds it{(live ? "; the browser reloads, or shows the errors" : "")}.");
            Console.WriteLine("Search: indexing in the background (\"Search index up to date\" follows).");
            Console.WriteLine("Press Ctrl+C to stop.");
            search.Request();

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            Console.WriteLine("Stopping: finishing the rebuild and search index under way…");
            await watcher.StopAsync();
            try
            {
                await search.Idle;
                // Ctrl+C in a terminal stops a Pagefind run under way as well: make the index once more.
                if (!search.Current && search.Available)
                {
                    search.Request();
                    await search.Idle;
                }
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"The search index was not finished: {e.Message}");
            }
            reload?.Close();
            Console.WriteLine($"Stopped. {Shown(options.OutputRoot)} holds the last good build.");
            return 0;
        });
        return command;
    }

    /// <summary>A folder as the user would type it: relative to where serve was started, when it is inside.</summary>
    private static string Shown(string folder)
    {
        var relative = Path.GetRelativePath(CommonOptions.ProjectRoot, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative + "/";
    }
}
