namespace OverGrenzen.Markdown;

/// <summary>
/// The named boxes an author may open with <c>::: name</c> and close with <c>:::</c>. Each becomes a
/// <c>&lt;div class="name"&gt;</c> the theme styles; any other name is a content error, so a typo
/// never renders as an unstyled box.
/// </summary>
public static class MarkdownBoxes
{
    /// <summary>Where the sources disagree and how this site deals with it: one box per page, so a
    /// student reads the subject first and the bookkeeping in one marked place.</summary>
    public const string Verantwoording = "verantwoording";

    public static IReadOnlyList<string> All { get; } = [Verantwoording];
}
