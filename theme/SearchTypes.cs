using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>The content type a page is filed under in search (kader, factor, onderzoek, casus…).</summary>
public static class SearchTypes
{
    public static string For(PageContext context)
    {
        if (context.Variant is not null)
            return context.Variant.SearchType ?? "pagina";
        return context.Kind.SearchType ?? (context.Page.Segments.FirstOrDefault() switch
            {
                "kader" => "kader",
                "onderzoeken" => "onderzoek",
                "casussen" => "casus",
                "leerroutes" => "leerroute",
                "lessen" => "les",
                "begrippen" => "begrip",
                _ => "pagina",
            });
    }
}
