using OverGrenzen.Model.Pages;

namespace OverGrenzen.Theme;

/// <summary>The content type a page is filed under in search (kader, factor, onderzoek, casus…).</summary>
public static class SearchTypes
{
    public static string For(PageContext context)
    {
        if (context.Generated == GeneratedPageKind.LecturerNotes)
            return "docent";
        return context.Page.Data.Type switch
        {
            PageTypes.Form or PageTypes.Category => "kader",
            PageTypes.Factor => "factor",
            PageTypes.Study => "onderzoek",
            PageTypes.Casus => "casus",
            PageTypes.Route => "leerroute",
            _ => context.Page.Segments.FirstOrDefault() switch
            {
                "kader" => "kader",
                "onderzoeken" => "onderzoek",
                "casussen" => "casus",
                "leerroutes" => "leerroute",
                "lessen" => "les",
                "begrippen" => "begrip",
                _ => "pagina",
            },
        };
    }
}
