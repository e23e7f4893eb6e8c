using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.Validation;

public class ContentRuleTests
{
    private const string Page = "-- index.md --\n---\ntitle: Start\ndescription: De start.\n---\n";

    private static IReadOnlyList<Diagnostic> Check(string files)
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n" + Page + files);
        return site.Check();
    }

    [Fact]
    public void Unknown_cross_reference_is_an_error_at_its_line_with_a_suggestion()
    {
        var diagnostics = Check("""
            -- kader/factoren/wederzijds-vertrouwen.md --
            ---
            type: factor
            title: Wederzijds vertrouwen
            description: V
            category: interpersoonlijk
            ---
            -- kader/factoren/interpersoonlijk.md --
            ---
            type: categorie
            title: Interpersoonlijke factoren
            description: I
            role: Het samenspel
            roleExplanation: Samen spelen.
            ---
            -- a.md --
            ---
            title: A
            description: B
            ---

            Zie [vertrouwen](factor:wederzijds-vertrouwe).
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.Content.UnknownReference, "a.md", 6), (d.Code, d.File, d.Line));
        Assert.Contains("Did you mean 'wederzijds-vertrouwen'?", d.Message);
    }

    [Fact]
    public void Unknown_citation_key_is_an_error()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\nTekst [@onbekend2020].\n"));
        Assert.Equal((DiagnosticCodes.Content.UnknownCitation, 6), (d.Code, d.Line));
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JaVaScRiPt:alert(1))")]
    [InlineData("[klik](data:text/html,hoi)")]
    [InlineData("[klik](vbscript:msgbox)")]
    public void Unsafe_link_schemes_are_refused(string link)
    {
        var d = Assert.Single(Check($"-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n{link}\n"));
        Assert.Equal(DiagnosticCodes.Content.UnsafeLink, d.Code);
    }

    [Fact]
    public void Raw_html_is_refused()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n<script>alert(1)</script>\n"));
        Assert.Equal((DiagnosticCodes.Content.RawHtml, 6), (d.Code, d.Line));
    }

    [Fact]
    public void A_box_with_an_unknown_name_is_refused_at_its_line()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n::: verantwoordnig\nTekst.\n:::\n"));
        Assert.Equal((DiagnosticCodes.Content.UnknownBox, 6), (d.Code, d.Line));
        Assert.Contains("verantwoording", d.Message);
    }

    [Fact]
    public void The_verantwoording_box_is_accepted()
    {
        Assert.Empty(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n::: verantwoording\n## Verantwoording\n\nTabel 3 zegt iets anders [@rapport].\n:::\n"));
    }

    [Fact]
    public void A_second_verantwoording_box_on_a_page_is_refused_and_points_to_the_first()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n::: verantwoording\nEen.\n:::\n\nTekst.\n\n::: verantwoording\nTwee.\n:::\n"));
        Assert.Equal((DiagnosticCodes.Content.SecondBox, 12), (d.Code, d.Line));
        Assert.Contains("line 6", d.Message);
    }

    [Fact]
    public void A_second_h1_is_refused()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n\n# Nog een titel\n"));
        Assert.Equal(DiagnosticCodes.Content.HeadingLevel, d.Code);
    }

    [Fact]
    public void Two_files_with_the_same_url_are_refused()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\n---\n-- a/index.md --\n---\ntitle: A2\ndescription: B\n---\n"));
        Assert.Equal(DiagnosticCodes.Content.DuplicateUrl, d.Code);
    }

    [Fact]
    public void Unknown_layout_is_refused()
    {
        var d = Assert.Single(Check("-- a.md --\n---\ntitle: A\ndescription: B\nlayout: galerij\n---\n"));
        Assert.Equal(DiagnosticCodes.Content.UnknownLayout, d.Code);
    }

    [Fact]
    public void Duplicate_bibliography_key_names_the_first_definition()
    {
        var d = Assert.Single(Check("-- data/bronnen/extra.yml --\n- key: rapport\n  year: \"2024\"\n  title: Dubbel\n"));
        Assert.Equal(DiagnosticCodes.Content.DuplicateKey, d.Code);
        Assert.Equal("data/bronnen/test.yml", d.File);
        Assert.Contains("data/bronnen/extra.yml", d.Message);
    }
}
