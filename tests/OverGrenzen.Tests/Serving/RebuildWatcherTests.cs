using System.Threading.Channels;
using OverGrenzen.Serving;

namespace OverGrenzen.Tests.Serving;

/// <summary>What serve's watcher reports for the ways editors save.</summary>
public sealed class RebuildWatcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("og-watch-").FullName;
    private readonly Channel<string[]> _bursts = Channel.CreateUnbounded<string[]>();
    private readonly RebuildWatcher _watcher;

    public RebuildWatcherTests()
    {
        File.WriteAllText(Page, "voor");
        _watcher = new RebuildWatcher([_folder], changed =>
        {
            _bursts.Writer.TryWrite(changed.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!);
            return Task.CompletedTask;
        });
    }

    private string Page => Path.Combine(_folder, "pagina.md");

    private async Task<string[]> NextBurstAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return await _bursts.Reader.ReadAsync(patience.Token);
    }

    [Fact]
    public async Task A_temporary_file_renamed_over_a_page_is_a_change_of_that_page_only()
    {
        var temporary = Path.Combine(_folder, "sedAb12Cd");
        File.WriteAllText(temporary, "na");
        File.Move(temporary, Page, overwrite: true);

        Assert.Equal(["pagina.md"], await NextBurstAsync());
    }

    [Fact]
    public async Task Scratch_files_alone_start_nothing()
    {
        foreach (var name in new[] { "4913", ".pagina.md.swp", "pagina.md~", ".#pagina.md", "pagina.md.tmp", "pagina.md___jb_tmp___" })
        {
            File.WriteAllText(Path.Combine(_folder, name), "kladje");
            File.Delete(Path.Combine(_folder, name));
        }
        await Task.Delay(300); // give them time to be (not) reported on their own
        File.WriteAllText(Page, "na");

        // The first burst reported is the real save, and it names nothing else.
        Assert.Equal(["pagina.md"], await NextBurstAsync());
    }

    public void Dispose()
    {
        _watcher.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
