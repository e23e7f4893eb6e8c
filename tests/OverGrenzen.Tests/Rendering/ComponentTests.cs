using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OverGrenzen.Model;
using OverGrenzen.Model.Studies;
using OverGrenzen.Theme.Components.Shared;

namespace OverGrenzen.Tests.Rendering;

public class ComponentTests
{
    private static async Task<string> Render<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        await using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    [Fact]
    public async Task Effect_badge_says_its_meaning_in_words_not_only_colour()
    {
        var html = await Render<EffectBadge>(new() { ["Value"] = Effect.Belemmerend });
        Assert.Contains("effect-belemmerend", html);
        Assert.Contains("belemmerend", html.Replace("effect-belemmerend", ""));
    }

    [Fact]
    public async Task Level_badge_hides_its_dots_from_screen_readers()
    {
        var html = await Render<LevelBadge>(new() { ["Value"] = Level.Hoog });
        Assert.Contains("aria-hidden=\"true\"", html);
        Assert.Contains("hoog", html);
    }

    [Fact]
    public async Task Svg_text_encodes_its_content()
    {
        var html = await Render<SvgText>(new() { ["X"] = 1.5, ["Y"] = 2.0, ["ChildContent"] = (RenderFragment)(b => b.AddContent(0, "<b>&")) });
        Assert.Equal("<text x=\"1.5\" y=\"2\">&lt;b&gt;&amp;</text>", html);
    }
}
