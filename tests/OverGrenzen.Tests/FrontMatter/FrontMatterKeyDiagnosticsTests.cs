using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.FrontMatter;

/// <summary>tags, draft and aliases are known keys now, with their own type checks; any other key is still refused.</summary>
public class FrontMatterKeyDiagnosticsTests
{
    private static Diagnostic Single(string frontMatter, string code)
    {
        using var site = new TestSite(TestSite.MinimalBibliography + $"\n-- a.md --\n---\ntitle: A\ndescription: B\n{frontMatter}\n---\n");
        return Assert.Single(site.Check(), d => d.Code == code);
    }

    [Fact]
    public void A_misspelt_key_is_still_unknown_and_suggests_the_known_one()
    {
        var d = Single("tag: [pabo]", DiagnosticCodes.Load.UnknownKey);
        Assert.Equal(("a.md", 4), (d.File, d.Line));
        Assert.Contains("Did you mean 'tags'?", d.Message);
    }

    [Fact]
    public void Tags_that_are_not_a_list_are_a_wrong_type()
    {
        var d = Single("tags: pabo", DiagnosticCodes.Load.WrongType);
        Assert.Equal(("a.md", 4), (d.File, d.Line));
    }

    [Fact]
    public void A_tag_without_a_letter_or_digit_is_reported_at_its_line()
    {
        var d = Single("tags:\n  - pabo\n  - \"!!\"", DiagnosticCodes.Content.InvalidValue);
        Assert.Equal(("a.md", 6), (d.File, d.Line));
    }

    [Fact]
    public void Tags_are_for_plain_pages_only()
    {
        using var site = new TestSite(TestSite.MinimalBibliography + """

            -- kader/factoren/interpersoonlijk.md --
            ---
            type: categorie
            title: Interpersoonlijk
            description: Het samenspel.
            role: Het samenspel
            roleExplanation: Samen spelen.
            tags: [samenspel]
            ---
            """);
        var d = Assert.Single(site.Check(), d => d.Code == DiagnosticCodes.Load.UnknownKey);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void Aliases_that_are_not_a_list_are_a_wrong_type()
    {
        var d = Single("aliases: { van: /oud/ }", DiagnosticCodes.Load.WrongType);
        Assert.Equal("a.md", d.File);
        Assert.Equal(4, d.Line);
    }
}
