using OverGrenzen.Diagnostics;
using OverGrenzen.Pipeline;

namespace OverGrenzen.Tests.Originality;

/// <summary>
/// The copy guard (<c>check --sources</c>) against two small made-up sources in <c>Sources/</c>:
/// rapport.txt (plain text) and keynote.md (Markdown, with a word hyphenated at a line end).
/// </summary>
public sealed class CopyGuardTests
{
    private static readonly string SourcesFolder = Path.Combine(AppContext.BaseDirectory, "Originality", "Sources");

    private static IReadOnlyList<Diagnostic> Findings(string files)
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n" + files);
        return new BuildPipeline().Check(site.Content, sourcesRoot: SourcesFolder).Diagnostics
            .Where(d => d.Code.StartsWith("OG7", StringComparison.Ordinal))
            .ToArray();
    }

    private static string Page(string body) => $"""
        -- pagina.md --
        ---
        title: Pagina
        description: Een pagina.
        ---

        {body}
        """;

    [Fact]
    public void A_copied_run_of_twelve_words_is_reported_with_file_line_column_length_and_source()
    {
        var findings = Findings(Page("Uit het onderzoek: werken de leerkracht en de gezinscoach elke week samen aan een plan."));

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticCodes.Originality.SharedWithSource, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("pagina.md", finding.File);
        Assert.Equal(6, finding.Line);
        Assert.Equal(20, finding.Column);
        Assert.StartsWith("12 words in a row are the same as in the source rapport.txt (line 3): \"werken de leerkracht en de gezinscoach", finding.Message);
    }

    [Fact]
    public void Eleven_shared_words_are_not_a_copy()
    {
        Assert.Empty(Findings(Page("Uit het onderzoek: werken de leerkracht en de gezinscoach elke week samen aan een idee.")));
    }

    [Fact]
    public void Case_punctuation_and_link_syntax_do_not_hide_a_copy()
    {
        var findings = Findings(Page("""
            DAARNAAST bleek, dat een [gedeelde werkplek](page:pagina) de drempel om elkaar te bellen *flink* verlaagde!
            """));

        var finding = Assert.Single(findings);
        Assert.StartsWith("14 words in a row", finding.Message);
        Assert.Contains("rapport.txt (line 5)", finding.Message);
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_is_still_one_word()
    {
        // The source writes "samen-⏎werking"; the content writes the word whole, and once hyphenated at its own line end.
        var findings = Findings(Page("""
            Volgens de spreker: goede samenwerking begint bij het kennen van elkaars taal en het respecteren van elkaars grenzen.
            En ook: goede samen-
            werking begint bij het kennen van elkaars taal en het respecteren van elkaars grenzen.
            """));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("keynote.md (line 3)", f.Message));
        Assert.Equal([6, 7], findings.Select(f => f.Line));
    }

    [Fact]
    public void A_cited_quotation_is_not_a_copy()
    {
        Assert.Empty(Findings(Page("""
            De keynote zegt het zo: “Wie de ander niet kent, kan ook niet op de ander rekenen wanneer het thuis misgaat” [@rapport].
            En: "wie de ander niet kent, kan ook niet op de ander rekenen wanneer het thuis" (p. 2) [@rapport]
            """)));
    }

    [Fact]
    public void A_quotation_without_a_citation_is_still_a_copy()
    {
        var finding = Assert.Single(Findings(Page("""
            De keynote zegt het zo: “Wie de ander niet kent, kan ook niet op de ander rekenen wanneer het thuis misgaat.”
            """)));
        Assert.StartsWith("15 words in a row", finding.Message);
    }

    [Fact]
    public void A_bibliography_title_is_not_prose()
    {
        var findings = Findings("""
            -- data/bronnen/extra.yml --
            - key: extra
              authors: ["Iemand"]
              year: "2020"
              title: Wie de ander niet kent, kan ook niet op de ander rekenen wanneer het thuis van een gezin echt misgaat
              container: Wie de ander niet kent, kan ook niet op de ander rekenen wanneer het thuis van een gezin echt misgaat
            """);

        // The same words elsewhere in the entry are prose, and reported.
        var finding = Assert.Single(findings);
        Assert.Equal(5, finding.Line);
    }

    [Fact]
    public void A_copy_in_a_front_matter_value_is_reported_at_its_file_line()
    {
        var findings = Findings("""
            -- casus.md --
            ---
            title: Casus
            description: >-
              Een korte casus waarin
              daarnaast bleek dat een gedeelde werkplek de drempel om elkaar te bellen flink verlaagde.
            ---

            Tekst.
            """);

        var finding = Assert.Single(findings);
        Assert.Equal("casus.md", finding.File);
        Assert.Equal(5, finding.Line);
        Assert.Equal(3, finding.Column);
        Assert.StartsWith("14 words in a row", finding.Message);
    }

    [Fact]
    public void A_copy_in_a_data_file_value_is_reported_at_its_file_line()
    {
        var findings = Findings("""
            -- data/begrippen.yml --
            - id: wijkteam
              term: Wijkteam
              definition: "Een team waarin de leerkracht en de gezinscoach elke week samen aan een plan voor het kind werken."
            """);

        var finding = Assert.Single(findings);
        Assert.Equal("data/begrippen.yml", finding.File);
        Assert.Equal(3, finding.Line);
        Assert.StartsWith("14 words in a row", finding.Message);
    }

    [Fact]
    public void Overlapping_windows_give_one_finding_for_the_whole_run()
    {
        var finding = Assert.Single(Findings(Page("""
            In de wijk werken de leerkracht en de gezinscoach elke week samen aan een
            plan voor het kind en zijn ouders, zodat niemand tussen wal en schip valt.
            """)));

        Assert.StartsWith("28 words in a row", finding.Message);
        Assert.Contains("rapport.txt (line 3)", finding.Message);
        Assert.Contains("\"In de wijk werken de leerkracht en de gezinscoach elke …\"", finding.Message);
    }

    [Fact]
    public void A_missing_sources_folder_is_an_error_not_a_pass()
    {
        using var site = new TestSite(TestSite.MinimalBibliography);
        var diagnostics = new BuildPipeline().Check(site.Content, sourcesRoot: Path.Combine(site.Root, "geen-bronnen")).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.Originality.NoSources);
    }

    [Fact]
    public void Without_sources_nothing_is_compared()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n" + Page("de leerkracht en de gezinscoach elke week samen aan een plan voor het kind"));
        Assert.DoesNotContain(site.Check(), d => d.Code.StartsWith("OG7", StringComparison.Ordinal));
    }
}
