using OverGrenzen.Benchmark;
using OverGrenzen.Benchmark.Measuring;
using OverGrenzen.Benchmark.Reporting;
using OverGrenzen.Benchmark.Scenarios;
using OverGrenzen.Benchmark.Tools;

// Benchmarks of the generator: synthetic corpora (ours vs Hugo, output on disk and in RAM), the real
// content, and serve's edit-to-output time. Prints figures and a Markdown table; asserts nothing.

var options = BenchmarkOptions.Parse(args);
if (options is null)
    return 2;
var loadAtStart = MachineInfo.LoadAverage();

// A bound on every single process, so a hung build cannot stall the run forever.
var timeout = TimeSpan.FromMinutes(10);
var repository = Repository.Locate();
Directory.CreateDirectory(options.Work);
Console.WriteLine($"Over grenzen benchmark: {repository.Root}; work folder {options.Work}; load average {loadAtStart}");

var ours = new OurGenerator(repository);
Console.WriteLine($"Publishing src/OverGrenzen ({options.Form}{(options.ServerGc ? ", server GC" : "")}) and the Markdig floor ({options.Form}), Release, untimed; native takes a few minutes…");
await ours.CompileAsync(options.Work, options.Form, options.ServerGc);
var floor = await MarkdigFloor.CompileAsync(repository, options.Work, options.Form);
var pagefind = Pagefind.Locate(repository);
if (pagefind is null)
    Console.WriteLine("Pagefind is not installed in theme/node_modules (npm ci in theme/); search indexing is not measured.");
var hugo = await Hugo.LocateAsync();
if (hugo is null)
    Console.WriteLine("Hugo is not installed (apt-get install -y hugo); no comparison.");

var rows = new List<ResultRow>();
foreach (var pages in options.Pages)
{
    var builds = new BuildRuns(ours, pagefind, hugo, floor, options.RunsFor(pages), timeout);
    rows.AddRange(await new CorpusScenario(repository, ours, hugo, builds, timeout).RunAsync(pages, options.Work));
}
rows.AddRange(await new RealContentScenario(repository, new BuildRuns(ours, pagefind, hugo: null, floor, options.RunsFor(0), timeout)).RunAsync(options.Work));
var serve = await new ServeScenario(repository, ours).RunAsync(options.Work);

Console.WriteLine();
Console.WriteLine("## Benchmark results");
Console.WriteLine();
ResultTable.Write(Console.Out, rows);
Console.WriteLine();
Console.WriteLine($"`serve` on content/, {serve.SaveToOutput.Count} edits of {serve.Page}: save → rebuilt page on disk " +
                  $"median {Format.Duration(serve.Median)}, max {Format.Duration(serve.Max)} " +
                  (serve.ServerRebuild.Count > 0
                      ? $"(serve's own rebuild: median {Format.Duration(Stats.Median(serve.ServerRebuild))}, max {Format.Duration(serve.ServerRebuild.Max())})."
                      : "(serve reported no rebuild times)."));
Console.WriteLine();
var tools = new List<(string, string)>();
if (hugo is not null)
    tools.Add(("Hugo", hugo.Version));
if (pagefind is not null)
    tools.Add(("Pagefind", await pagefind.VersionAsync()));
await MachineInfo.WriteAsync(Console.Out, tools, loadAtStart);
return 0;
