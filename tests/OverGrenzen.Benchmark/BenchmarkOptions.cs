using System.Globalization;
using OverGrenzen.Benchmark.Tools;

namespace OverGrenzen.Benchmark;

/// <summary>
/// The command line: <c>[--pages 1000,10000] [--runs N] [--work DIR] [--ready-to-run] [--server-gc]</c>.
/// Without <c>--runs</c>: 5 runs for corpora under 10,000 pages and for the real content, 3 from 10,000 up.
/// </summary>
public sealed record BenchmarkOptions
{
    /// <summary>Corpus sizes, in pages.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [1_000, 10_000];

    /// <summary>Runs per measurement, or null for the defaults above.</summary>
    public int? Runs { get; init; }

    /// <summary>Where corpora, Hugo sites and disk outputs go.</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "overgrenzen-benchmark");

    /// <summary>How the generator and the floor are compiled: native (the default) or, with <c>--ready-to-run</c>, for the JIT.</summary>
    public ProgramForm Form { get; init; } = ProgramForm.NativeAot;

    /// <summary>With <c>--server-gc</c>, the generator is published with server GC (<c>-p:ServerGarbageCollection=true</c>).</summary>
    public bool ServerGc { get; init; }

    /// <summary>Runs for a site of <paramref name="pages"/> pages.</summary>
    public int RunsFor(int pages) => Runs ?? (pages >= 10_000 ? 3 : 5);

    /// <summary>Parses the arguments; returns null and prints usage when they are wrong.</summary>
    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            // Flags take no value.
            var flagged = args[i] switch
            {
                "--ready-to-run" => options with { Form = ProgramForm.ReadyToRun },
                "--server-gc" => options with { ServerGc = true },
                _ => null,
            };
            if (flagged is not null)
            {
                options = flagged;
                continue;
            }
            switch (args[i])
            {
                case "--pages" when value is not null && TryParseList(value, out var pages):
                    options = options with { Pages = pages };
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var runs) && runs > 0:
                    options = options with { Runs = runs };
                    break;
                case "--work" when value is not null:
                    options = options with { Work = Path.GetFullPath(value) };
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.\n{Usage}");
                    return null;
            }
            i++;
        }
        return options;
    }

    /// <summary>The usage line.</summary>
    public const string Usage = "Usage: dotnet run -c Release --project tests/OverGrenzen.Benchmark -- [--pages 1000,10000] [--runs N] [--work DIR] [--ready-to-run] [--server-gc]";

    private static bool TryParseList(string text, out int[] values)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        values = parts.Select(p => int.TryParse(p, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return values.Length > 0 && values.All(v => v > 0);
    }
}
