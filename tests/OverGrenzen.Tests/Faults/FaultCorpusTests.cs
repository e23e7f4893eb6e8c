using System.Text;
using OverGrenzen.Tests.Pipeline;

namespace OverGrenzen.Tests.Faults;

/// <summary>
/// The fault corpus: each file in Cases/ adds one mistake to a good site. Every case must give a precise
/// diagnostic (code, file, line), a failed build without an exception, and an output folder that is
/// byte-for-byte what the previous good build wrote.
/// </summary>
public class FaultCorpusTests
{
    private const string GoodSite = TestSite.MinimalBibliography + """

        -- index.md --
        ---
        title: Start
        description: De start.
        ---
        -- over.md --
        ---
        title: Over
        description: Over de site.
        ---

        ## Het doel

        Tekst.
        -- kader/vormen/interprofessioneel-netwerk.md --
        ---
        type: vorm
        title: Interprofessioneel netwerk
        description: Losse samenwerking.
        level: 1
        predictability: hoog
        urgency: laag
        complexity: laag
        demands: { clearGoals: laag, sharedCommitment: laag, sharedIdentity: laag, clearRoles: laag, interdependence: laag, integrationOfWork: laag }
        ---
        -- kader/factoren/interpersoonlijk.md --
        ---
        type: categorie
        title: Interpersoonlijke factoren
        description: Het samenspel.
        role: Het samenspel
        roleExplanation: Samen spelen.
        ---
        -- kader/factoren/context.md --
        ---
        type: categorie
        title: Contextfactoren
        description: De zaal.
        role: De concertzaal
        roleExplanation: De omgeving.
        ---
        -- kader/factoren/wederzijds-vertrouwen.md --
        ---
        type: factor
        title: Wederzijds vertrouwen
        description: Vertrouwen.
        category: interpersoonlijk
        ---
        """;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Faults", "Cases"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_fault_gives_a_precise_error_and_leaves_the_output_intact(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Faults", "Cases", name + ".txt"));
        var expect = text[..text.IndexOf('\n')].Split(' ');
        Assert.Equal("expect:", expect[0]);
        var (code, file, line) = (expect[1], expect[2], int.Parse(expect[3]));

        await AssertFault(site => WriteCase(site, text[(text.IndexOf('\n') + 1)..]), code, file, line);
    }

    [Fact]
    public Task A_huge_file_is_refused() =>
        AssertFault(site => File.WriteAllText(Path.Combine(site.Content, "groot.md"),
            "---\ntitle: Groot\ndescription: Te groot.\n---\n\n" + string.Concat(Enumerable.Repeat("Heel veel tekst. ", 200_000))),
            "OG1008", "groot.md", 1);

    [Fact]
    public Task A_file_that_is_not_utf8_is_refused() =>
        AssertFault(site => File.WriteAllBytes(Path.Combine(site.Content, "latin1.md"),
            [.. "---\ntitle: Caf"u8, 0xE9, .. "\ndescription: Latin-1.\n---\n"u8]),
            "OG1009", "latin1.md", 1);

    private static async Task AssertFault(Action<TestSite> addFault, string code, string file, int line)
    {
        using var site = new TestSite(GoodSite);
        var good = await site.BuildAsync();
        Assert.True(good.Succeeded, string.Join('\n', good.Diagnostics));
        var before = BuildTests.Snapshot(site.Output);

        addFault(site);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.File == file && d.Line == line && d.Column >= 1 && d.Message.Length > 20);
        Assert.Equal(before, BuildTests.Snapshot(site.Output));
    }

    /// <summary>Writes the case's files; a header like "-- a.md @bom @crlf --" saves with a BOM and Windows line ends.</summary>
    private static void WriteCase(TestSite site, string body)
    {
        foreach (var part in body.Split("-- ", StringSplitOptions.RemoveEmptyEntries))
        {
            var header = part[..part.IndexOf(" --", StringComparison.Ordinal)].Split(' ');
            var content = part[(part.IndexOf('\n') + 1)..];
            if (header.Contains("@crlf"))
                content = content.Replace("\n", "\r\n");
            var bytes = Encoding.UTF8.GetBytes(content);
            if (header.Contains("@bom"))
                bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
            var path = Path.Combine(site.Content, header[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }
}
