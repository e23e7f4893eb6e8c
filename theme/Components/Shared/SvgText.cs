using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace OverGrenzen.Theme.Components.Shared;

/// <summary>
/// An SVG &lt;text&gt; element. Razor reserves the &lt;text&gt; tag inside code blocks, so SVG text is
/// built here with the render tree, which keeps the content encoded like any other markup.
/// With <see cref="Lines"/> the text is one element with a &lt;tspan&gt; per line, so that a screen
/// reader reads a wrapped label as one phrase.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter] public double X { get; set; }
    [Parameter] public double Y { get; set; }
    [Parameter] public string? Class { get; set; }
    [Parameter] public string? Anchor { get; set; }
    [Parameter] public bool Decorative { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>Lines of a wrapped label (see <see cref="SvgLabelLines"/>); replaces the child content.</summary>
    [Parameter] public IReadOnlyList<string>? Lines { get; set; }

    /// <summary>Distance between the baselines of <see cref="Lines"/>, in SVG units.</summary>
    [Parameter] public double LineHeight { get; set; } = 18;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", Number(X));
        builder.AddAttribute(2, "y", Number(Y));
        if (Class is not null)
            builder.AddAttribute(3, "class", Class);
        if (Anchor is not null)
            builder.AddAttribute(4, "text-anchor", Anchor);
        if (Decorative)
            builder.AddAttribute(5, "aria-hidden", "true");
        if (Lines is null)
            builder.AddContent(6, ChildContent);
        else
        {
            for (var i = 0; i < Lines.Count; i++)
            {
                builder.OpenElement(7, "tspan");
                builder.SetKey(i);
                builder.AddAttribute(8, "x", Number(X));
                builder.AddAttribute(9, "y", Number(Y + i * LineHeight));
                // A space between lines keeps the words apart in the text a screen reader or copy gets.
                builder.AddContent(10, i < Lines.Count - 1 ? Lines[i] + " " : Lines[i]);
                builder.CloseElement();
            }
        }
        builder.CloseElement();
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
