using Markdig;

// Usage: OverGrenzen.MarkdigFloor <content folder> <output folder>
// Every *.md file under the content folder becomes <output>/<its path without .md>/index.html.
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: OverGrenzen.MarkdigFloor <content folder> <output folder>");
    return 2;
}

var content = Path.GetFullPath(args[0]);
var output = Path.GetFullPath(args[1]);
// The generator's own Markdown features that change the HTML: tables, heading ids, front matter skipped.
var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseAutoIdentifiers().Build();
var files = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories);

Parallel.ForEach(files, file =>
{
    var relative = Path.GetRelativePath(content, file);
    var target = Path.Combine(output, Path.ChangeExtension(relative, null), "index.html");
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.WriteAllText(target, Markdown.ToHtml(File.ReadAllText(file), pipeline));
});

Console.WriteLine($"Converted {files.Length} Markdown files into {output}.");
return 0;
