namespace OverGrenzen.Originality;

/// <summary>One source document: its name inside the sources folder, its words and its lines.</summary>
public sealed class SourceDocument
{
    private SourceDocument(string name, IReadOnlyList<Word> words, LineMap lines)
    {
        Name = name;
        Words = words;
        Lines = lines;
    }

    /// <summary>The path relative to the sources folder, with forward slashes.</summary>
    public string Name { get; }

    public IReadOnlyList<Word> Words { get; }

    public LineMap Lines { get; }

    public static SourceDocument Read(string name, string text)
    {
        var words = new List<Word>();
        WordTokenizer.Read(text, 0, text.Length, words);
        return new SourceDocument(name, words, new LineMap(text));
    }

    public int LineOf(int word) => Lines.At(Words[word].Offset).Line;
}
