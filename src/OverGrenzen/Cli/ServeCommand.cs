using System.CommandLine;
using OverGrenzen.Output;
using OverGrenzen.Pipeline;
using OverGrenzen.Rendering;
using OverGrenzen.Serving;

namespace OverGrenzen.Cli;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, rebuild on every change and reload the browser.</summary>
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
        var noReload = new Option<bool>("--no-reload") { Description = "Do not add the live-reload script to pages (for measurements)." };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild when content or theme assets change.") { content, output, theme, sources, port, noReload };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = (CommonOptions.BuildOptions(parse, content, output, theme) with
            {
                SourcesRoot = CommonOptions.FullPathOrNull(parse.GetValue(sources)),
            }).ForServe();
            if (!CommonOptions.ContentExists(options.ContentRoot))
                return 2;

            var pipeline = new BuildPipeline();
            var first = await pipeline.BuildAsync(options);
            DiagnosticPrinter.Print(first.Diagnostics, Console.Error);
            if (!first.Succeeded && !Directory.Exists(options.OutputRoot))
                return 1;

            var reload = new LiveReload();
            // The same security headers as on Netlify, so a CSP problem shows up while writing.
            var headers = NetlifyHeaders.ForAllPaths(CommonOptions.NetlifyToml);
            var live = !parse.GetValue(noReload);
            await using var server = await StaticSiteServer.StartAsync(options.OutputRoot, parse.GetValue(port), headers, live ? reload.Inject : null, live ? reload.Map : null);
            Console.WriteLine($"Serving {options.OutputRoot} at {server.Url}/ — watching {options.ContentRoot} and the theme. Press Ctrl+C to stop.");

            var last = first.Snapshot;
            // Rebuilds, the fast path and the background index all write here: one at a time.
            var served = new ServedFolder(options.OutputRoot);
            var incremental = new RebuildChangedPages(options, served);
            using var watcher = new RebuildWatcher([options.ContentRoot, options.ResolvedThemeAssetsRoot], async changed =>
            {
                var result = await served.ExclusiveAsync(async () =>
                    (last is null ? null : await incremental.TryRunAsync(last, changed))
                    ?? await pipeline.BuildAsync(options with { Search = false }));
                DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
                if (!result.Succeeded)
                    return;
                last = result.Snapshot ?? last;
                Console.WriteLine($"Rebuilt {result.PagesWritten} page(s) after a change to {string.Join(", ", changed.Select(Path.GetFileName))} in {result.Elapsed.TotalMilliseconds:0} ms.");
                reload.Reload();
                // Rebuilds skip search for speed; the index catches up in the background.
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await served.ExclusiveAsync(async () =>
                        {
                            await new Search.PagefindIndexer(options.ResolvedThemeRoot, Console.Out).IndexAsync(served.Root);
                            return 0;
                        });
                    }
                    catch (Exception e)
                    {
                        Console.Error.WriteLine($"The search index was not updated: {e.Message}");
                    }
                });
            });
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        });
        return command;
    }
}
