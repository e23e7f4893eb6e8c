using System.Text;

namespace OverGrenzen.Benchmark.Corpus;

/// <summary>
/// Composes the Markdown of every file in a corpus: front matter with <c>title</c> and <c>description</c> (and on
/// every page but the folder and start pages 2–4 <c>tags</c> from <see cref="TagVocabulary"/>),
/// then about <see cref="TargetWords"/> words with <c>##</c> and <c>###</c> headings, a list, a pipe table and
/// plain links to other pages that exist. No h1 and no raw HTML, as the generator requires.
/// Each file draws from its own seeded stream, so a page's text depends only on the seed and its place.
/// </summary>
public sealed class PageComposer(CorpusLayout layout, ulong seed)
{
    /// <summary>About this many words per file (a little more: the last paragraph is finished).</summary>
    public const int TargetWords = 600;

    /// <summary><c>map-f/pagina-p.md</c>.</summary>
    public string Page(int folder, int page)
    {
        var index = layout.IndexOf(folder, page);
        var (random, text) = Stream(index);
        var body = new Body(text);
        body.Paragraph(text.Paragraph());
        body.Heading(2, text.Title());
        body.Paragraph(text.Paragraph() + " " + LinkSentence(random));
        body.Heading(3, text.Title());
        body.Paragraph(text.Paragraph(2, 3));
        body.List(Enumerable.Range(0, random.Between(4, 6)).Select(_ => Capitalise(text.NounPhrase())));
        body.Heading(2, text.Title());
        body.Table(random, text);
        body.Paragraph(text.Paragraph() + " " + LinkSentence(random));
        body.Heading(2, text.Title());
        body.Paragraph(text.Paragraph() + " " + LinkSentence(random) + $" Terug naar [de map]({CorpusLayout.FolderUrl(folder)}).");
        body.FillTo(TargetWords);
        var description = text.Sentence();
        // Drawn last, so the text of every page is the same as before the corpus had tags.
        return FrontMatter(TitleOf(index), description, page, TagVocabulary.Draw(random)) + body;
    }

    /// <summary><c>map-f/index.md</c>: an introduction and a list of the folder's pages.</summary>
    public string FolderIndex(int folder)
    {
        var (_, text) = Stream(layout.Pages + folder);
        var title = $"Map {folder}: {text.Title()}";
        var body = new Body(text);
        body.Paragraph(text.Paragraph());
        body.Heading(2, "Pagina's in deze map");
        body.List(Enumerable.Range(1, layout.PagesIn(folder))
            .Select(p => $"[{TitleOf(layout.IndexOf(folder, p))}]({CorpusLayout.PageUrl(folder, p)})"));
        body.Heading(2, "Over deze map");
        body.FillTo(TargetWords);
        return FrontMatter(title, text.Sentence(), folder) + body;
    }

    /// <summary><c>index.md</c>: the start page, listing the folders.</summary>
    public string RootIndex()
    {
        var (_, text) = Stream(layout.Pages + layout.Folders + 1);
        var body = new Body(text);
        body.Paragraph(text.Paragraph());
        body.Heading(2, "Mappen");
        body.List(Enumerable.Range(1, layout.Folders).Select(f => $"[Map {f}]({CorpusLayout.FolderUrl(f)})"));
        body.Heading(2, "Over dit corpus");
        body.FillTo(TargetWords);
        return FrontMatter("Synthetisch corpus", text.Sentence(), 0) + body;
    }

    private string TitleOf(int pageIndex) => Stream(pageIndex).Text.Title();

    private (SeededRandom Random, DutchText Text) Stream(int key)
    {
        var random = new SeededRandom(seed * 0x100000001B3UL + (ulong)key);
        return (random, new DutchText(random));
    }

    /// <summary>"Lees ook [title](/map-f/pagina-p/)." for a random page of the corpus.</summary>
    private string LinkSentence(SeededRandom random)
    {
        var (folder, page) = layout.At(random.Next(layout.Pages));
        return $"Lees ook [{TitleOf(layout.IndexOf(folder, page))}]({CorpusLayout.PageUrl(folder, page)}).";
    }

    private static string FrontMatter(string title, string description, int weight, IReadOnlyList<string>? tags = null) =>
        $"---\ntitle: \"{title}\"\ndescription: \"{description}\"\nweight: {weight}\n" +
        (tags is null ? "" : $"tags: [{string.Join(", ", tags)}]\n") + "---\n\n";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The Markdown body being built, with its running word count.</summary>
    private sealed class Body(DutchText text)
    {
        private readonly StringBuilder _markdown = new();
        private int _words;

        public void Paragraph(string paragraph) => Add(paragraph);

        public void Heading(int level, string title) => Add(new string('#', level) + " " + title);

        public void List(IEnumerable<string> items) => Add(string.Join('\n', items.Select(i => "- " + i)));

        public void Table(SeededRandom random, DutchText words)
        {
            var rows = Enumerable.Range(0, random.Between(3, 5))
                .Select(_ => $"| {Capitalise(words.NounPhrase())} | {random.Pick(DutchWords.Adjectives)} | {random.Between(1, 99)} |");
            Add("| Onderwerp | Kenmerk | Aantal |\n| --- | --- | ---: |\n" + string.Join('\n', rows));
        }

        /// <summary>Adds paragraphs until the body has at least <paramref name="words"/> words.</summary>
        public void FillTo(int words)
        {
            while (_words < words)
                Add(text.Paragraph());
        }

        private void Add(string block)
        {
            _markdown.Append(block).Append("\n\n");
            _words += DutchText.CountWords(block);
        }

        public override string ToString() => _markdown.ToString();
    }
}
