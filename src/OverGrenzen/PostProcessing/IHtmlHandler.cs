using AngleSharp.Html.Dom;

namespace OverGrenzen.PostProcessing;

/// <summary>One small change or inspection of a page's DOM. Handlers run in order over one parsed document.</summary>
public interface IHtmlHandler
{
    void Process(IHtmlDocument document);
}
