using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.Loading;

public class FrontMatterDiagnosticsTests
{
    private static Diagnostic Single(string files, string code)
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n" + files);
        var diagnostics = site.Check();
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Missing_front_matter_is_reported_at_line_1()
    {
        var d = Single("-- a.md --\nGewoon tekst.", DiagnosticCodes.Load.FrontMatterMissing);
        Assert.Equal(("a.md", 1), (d.File, d.Line));
    }

    [Fact]
    public void Yaml_syntax_error_points_at_the_file_line()
    {
        var d = Single("-- a.md --\n---\ntitle: Goed\ndescription: [niet gesloten\n---\n", DiagnosticCodes.Load.YamlSyntax);
        Assert.Equal("a.md", d.File);
        Assert.InRange(d.Line, 4, 5);
    }

    [Fact]
    public void Unknown_key_names_the_key_its_line_and_the_expected_keys()
    {
        var d = Single("-- a.md --\n---\ntitle: A\ndescription: B\ntitel: C\n---\n", DiagnosticCodes.Load.UnknownKey);
        Assert.Equal(4, d.Line);
        Assert.Contains("'titel'", d.Message);
        Assert.Contains("title", d.Message);
    }

    [Fact]
    public void Wrong_type_is_reported_at_its_line()
    {
        var d = Single("-- a.md --\n---\ntitle: A\ndescription: B\nweight: zwaar\n---\n", DiagnosticCodes.Load.WrongType);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void Missing_required_key_is_reported()
    {
        var d = Single("-- a.md --\n---\ntitle: A\n---\n", DiagnosticCodes.Load.MissingField);
        Assert.Contains("'description'", d.Message);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Unknown_page_type_lists_the_known_types()
    {
        var d = Single("-- a.md --\n---\ntitle: A\ndescription: B\ntype: artikel\n---\n", DiagnosticCodes.Load.UnknownPageType);
        Assert.Contains("factor", d.Message);
    }

    [Fact]
    public void Empty_file_is_an_error_not_a_crash()
    {
        var d = Single("-- a.md --\n", DiagnosticCodes.Load.EmptyFile);
        Assert.Equal("a.md", d.File);
    }

    [Fact]
    public void Bom_and_crlf_line_endings_load_like_any_other_file()
    {
        using var site = new TestSite(TestSite.MinimalBibliography);
        File.WriteAllText(Path.Combine(site.Content, "a.md"), "\uFEFF---\r\ntitle: A\r\ndescription: B\r\n---\r\n\r\nTekst [@rapport].\r\n");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void Nested_record_errors_point_at_the_nested_line()
    {
        var d = Single("""
            -- kader/vormen/netwerk.md --
            ---
            type: vorm
            title: Netwerk
            description: B
            level: 1
            predictability: hoog
            urgency: laag
            complexity: laag
            demands:
              clearGoals: laag
              sharedCommitment: heel-hoog
            ---
            """, DiagnosticCodes.Load.WrongType);
        Assert.Equal(11, d.Line);
    }
}
