using System.Text.RegularExpressions;

namespace OverGrenzen.Serving;

/// <summary>
/// The files editors and tools write beside the one being saved: swap, lock, backup and temporary files.
/// They are never content, so a change to one must not start a rebuild; a rename of one over a page is a
/// save of that page.
/// </summary>
public static partial class EditorScratchFiles
{
    private static readonly string[] Suffixes =
    [
        "~",             // vim, emacs and nano backups
        ".swp", ".swo", ".swx", ".swn", // vim swap files (also written without the leading dot by some setups)
        ".tmp", ".temp", ".bak", ".orig",
        ".kate-swp",     // Kate
        "___jb_tmp___", "___jb_old___", // JetBrains "safe write"
        ".crswap",       // browsers' File System Access writes
        ".part",
    ];

    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0
            || name[0] is '.' or '#' or '~' // .#page.md (emacs lock), .page.md.swp, #page.md# (emacs autosave), ~$office
            || Suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            || SedTemporary().IsMatch(name)
            || VimWriteTest().IsMatch(name);
    }

    /// <summary><c>sed -i</c> writes <c>sedXXXXXX</c> beside the file, then renames it over the file.</summary>
    [GeneratedRegex("^sed[A-Za-z0-9]{6}$")]
    private static partial Regex SedTemporary();

    /// <summary>Vim checks that it may write a folder by creating and deleting <c>4913</c> (or 4913 + n·123).</summary>
    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex VimWriteTest();
}
