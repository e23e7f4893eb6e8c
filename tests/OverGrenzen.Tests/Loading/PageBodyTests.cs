using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using OverGrenzen.Loading;
using OverGrenzen.Markdown;

namespace OverGrenzen.Tests.Loading;

/// <summary>
/// The loader reads only the front matter (<see cref="SiteMarkdown.FrontMatterOf"/>) and keeps the body as text
/// (<see cref="PageBody"/>); both must see exactly what a full parse of the file sees.
/// </summary>
public class PageBodyTests
{
    public static TheoryData<string> Files => new()
    {
        "---\ntitle: A\ndescription: B\n---\n\nTekst.\n",
        "---\r\ntitle: A\r\ndescription: B\r\n---\r\n\r\nTekst met CRLF.\r\n",
        "---\ntitle: A\ndescription: B\n...\n\nGesloten met drie punten.\n",
        "---   \ntitle: A\ndescription: B\n---  \n\n---\n\nNa een horizontale lijn.\n",
        "---\ntitle: A\ndescription: |\n  Een regel\n  --- geen einde\n---\n## Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "---\ntitle: A\ndescription: B\n\nNooit gesloten.\n",
        "Geen front matter.\n\n---\ntitle: A\n---\n",
        " ---\ntitle: A\n---\n",
        "",
    };

    [Theory, MemberData(nameof(Files))]
    public void The_front_matter_read_alone_is_the_block_a_full_parse_finds(string text)
    {
        var full = SiteMarkdown.Parse(text) is [YamlFrontMatterBlock block, ..] ? block : null;
        var alone = SiteMarkdown.FrontMatterOf(text);

        Assert.Equal(full is null, alone is null);
        if (full is not null)
        {
            Assert.Equal(full.Line, alone!.Line);
            Assert.Equal(full.Span, alone.Span);
            Assert.Equal(full.Lines.ToString(), alone.Lines.ToString());
        }
    }

    [Fact]
    public void A_parsed_body_has_no_front_matter_and_its_positions_are_file_lines()
    {
        var body = new PageBody("---\ntitle: A\ndescription: B\n---\n\n## Kop op regel zes\n\nTekst.\n");

        var document = body.Parse();

        Assert.DoesNotContain(document, block => block is YamlFrontMatterBlock);
        var heading = Assert.IsType<HeadingBlock>(document[0]);
        Assert.Equal(6, heading.Line + 1);
    }

    [Fact]
    public void A_body_is_parsed_afresh_each_time_so_no_stage_changes_what_the_next_one_reads()
    {
        var body = new PageBody("---\ntitle: A\ndescription: B\n---\n\nTekst.\n");

        var first = body.Parse();
        first.Clear();

        Assert.NotSame(first, body.Parse());
        Assert.Single(body.Parse());
    }
}
