using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OverGrenzen.Theme;
using OverGrenzen.Theme.Services;

namespace OverGrenzen.Rendering;

/// <summary>
/// Renders the theme's <see cref="Theme.Components.PageView"/> to static HTML with ASP.NET Core's
/// <see cref="HtmlRenderer"/>. A renderer has one dispatcher, so each worker thread owns one.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public RazorPageRenderer(IMarkdownFormatter formatter)
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(formatter)
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync(PageContext context) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(Theme.Components.PageView.Context)] = context });
            var output = await _renderer.RenderComponentAsync<Theme.Components.PageView>(parameters);
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
