namespace OverGrenzen.Model.Pages;

/// <summary>The values of <c>type:</c> in front matter.</summary>
public static class PageTypes
{
    public const string Plain = "pagina";
    public const string Form = "vorm";
    public const string Category = "categorie";
    public const string Factor = "factor";
    public const string Study = "onderzoek";
    public const string Casus = "casus";
    public const string Route = "leerroute";

    public static readonly IReadOnlyList<string> All = [Plain, Form, Category, Factor, Study, Casus, Route];
}
