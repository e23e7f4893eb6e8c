using OverGrenzen.Serving;

namespace OverGrenzen.Tests.Serving;

/// <summary>Which files serve's watcher ignores: what editors write beside a page, never the content itself.</summary>
public sealed class EditorScratchFilesTests
{
    [Theory]
    [InlineData("sedG3FCIz")]            // sed -i, before it renames the file over the page
    [InlineData("4913")]                 // vim's "may I write here" probe
    [InlineData("5036")]
    [InlineData(".jazzorkest.md.swp")]   // vim swap files
    [InlineData(".jazzorkest.md.swx")]
    [InlineData("jazzorkest.md~")]       // vim, emacs, nano backups
    [InlineData(".#jazzorkest.md")]      // emacs lock
    [InlineData("#jazzorkest.md#")]      // emacs autosave
    [InlineData("jazzorkest.md.tmp")]
    [InlineData("jazzorkest.md___jb_tmp___")] // JetBrains safe write
    [InlineData("jazzorkest.md___jb_old___")]
    [InlineData("jazzorkest.md.kate-swp")]
    [InlineData(".goutputstream-XYZ123")] // gedit
    public void Editors_temporary_and_backup_files_are_scratch(string name) =>
        Assert.True(EditorScratchFiles.IsScratch(Path.Combine("content", "kader", name)));

    [Theory]
    [InlineData("jazzorkest.md")]
    [InlineData("sedimentatie.md")]
    [InlineData("sedan")]
    [InlineData("2024.md")]
    [InlineData("kader.yml")]
    [InlineData("site.css")]
    [InlineData("search.js")]
    [InlineData("vormen")]
    public void Content_theme_files_and_folders_are_not(string name) =>
        Assert.False(EditorScratchFiles.IsScratch(Path.Combine("content", name)));
}
