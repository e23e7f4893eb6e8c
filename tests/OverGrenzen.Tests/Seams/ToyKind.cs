using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Urls;
using OverGrenzen.Output;
using OverGrenzen.Output.Steps;
using OverGrenzen.Theme;

namespace OverGrenzen.Tests.Seams;

/// <summary>A content kind the engine does not know: registered from here, as a new feature would.</summary>
public sealed record VideoPage : PageData
{
    public required string Src { get; init; }
}

/// <summary>Renders a video page's content.</summary>
public sealed class VideoContent : ComponentBase
{
    [Parameter, EditorRequired] public required PageContext Context { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "class", "video");
        builder.AddContent(2, "Video: " + ((VideoPage)Context.Page.Data).Src);
        builder.CloseElement();
        builder.AddContent(3, Context.Body);
    }
}

/// <summary>A derived page of every video page, at <c>…/transcript/</c>.</summary>
public sealed class TranscriptContent : ComponentBase
{
    [Parameter, EditorRequired] public required PageContext Context { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, "Transcript van " + Context.Page.Title);
}

/// <summary>A kind whose record YamlDotNet cannot create.</summary>
public abstract record UnreadablePage : PageData;

public static class ToyKinds
{
    public static readonly PageVariant Transcript = new()
    {
        Name = "transcript",
        Url = page => SiteUrls.Below(page, "transcript"),
        Component = typeof(TranscriptContent),
        Title = page => "Transcript: " + page.Title,
        Description = page => "Wat er gezegd wordt in " + page.Title + ".",
        Crumb = "Transcript",
    };

    public static readonly ContentKind Video = new()
    {
        Name = "video",
        DataType = typeof(VideoPage),
        CrossReferenceScheme = "video",
        SearchType = "video",
        Component = typeof(VideoContent),
        Variants = [Transcript],
    };

    public static readonly ContentKind Unreadable = new() { Name = "kapot", DataType = typeof(UnreadablePage), Component = typeof(VideoContent) };
}

/// <summary>An output step written before the link check: its file is a link target.</summary>
public sealed class PlaylistStep : OutputStep
{
    public override string Name => "playlist";

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context) =>
        Task.FromResult<IReadOnlyList<OutputFile>>(
        [
            new("downloads/playlist.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
                context.Content.Site.PagesOf(ToyKinds.Video).Select(p => p.Url)) + "\n")),
        ]);
}

/// <summary>An output step after the link check: it declares its folder so that links into it are allowed.</summary>
public sealed class LaterArchiveStep : OutputStep
{
    public override string Name => "archive";
    public override OutputPhase Phase => OutputPhase.AfterLinkCheck;
    public override bool Skippable => true;
    public override IReadOnlyList<string> LaterPaths => ["/archief/"];

    public override Task<IReadOnlyList<OutputFile>> RunAsync(OutputContext context)
    {
        Directory.CreateDirectory(Path.Combine(context.StagingRoot, "archief"));
        File.WriteAllText(Path.Combine(context.StagingRoot, "archief", "site.txt"), "archief\n");
        return Task.FromResult<IReadOnlyList<OutputFile>>([]);
    }
}
