namespace OverGrenzen.Originality;

/// <summary>
/// A maximal run of words that a content file shares with a source: where it starts in the content
/// file, how many words long it is, where the same words start in the source, and how the run begins
/// in the content file's own text.
/// </summary>
public sealed record SharedRun(int Line, int Column, int WordCount, SourceDocument Source, int SourceLine, string Beginning);
