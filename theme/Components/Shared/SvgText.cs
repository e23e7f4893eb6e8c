using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace OverGrenzen.Theme.Components.Shared;

/// <summary>
/// An SVG &lt;text&gt; element. Razor reserves the &lt;text&gt; tag inside code blocks, so SVG text is
/// built here with the render tree, which keeps the content encoded like any other markup.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter] public double X { get; set; }
    [Parameter] public double Y { get; set; }
    [Parameter] public string? Class { get; set; }
    [Parameter] public string? Anchor { get; set; }
    [Parameter] public bool Decorative { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(2, "y", Y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Class is not null)
            builder.AddAttribute(3, "class", Class);
        if (Anchor is not null)
            builder.AddAttribute(4, "text-anchor", Anchor);
        if (Decorative)
            builder.AddAttribute(5, "aria-hidden", "true");
        builder.AddContent(6, ChildContent);
        builder.CloseElement();
    }
}
