namespace OverGrenzen.Cli;

/// <summary>The note <c>build</c> and <c>check</c> print when they left drafts out, so nobody wonders where a page went.</summary>
internal static class DraftNote
{
    public static void Print(int draftsLeftOut, TextWriter output)
    {
        if (draftsLeftOut > 0)
            output.WriteLine($"Left out {draftsLeftOut} draft page(s) (draft: true); serve shows them.");
    }
}
