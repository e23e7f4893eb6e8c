namespace OverGrenzen.Model.Pages;

/// <summary>The values of <c>type:</c> in front matter of the built-in kinds (registered in the theme's SiteKinds).</summary>
public static class PageTypes
{
    public const string Plain = "pagina";
    public const string Form = "vorm";
    public const string Category = "categorie";
    public const string Factor = "factor";
    public const string Study = "onderzoek";
    public const string Casus = "casus";
    public const string Route = "leerroute";
}
