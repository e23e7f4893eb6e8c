using OverGrenzen.Model.Exercises;
using OverGrenzen.Model.Framework;
using OverGrenzen.Model.Kinds;
using OverGrenzen.Model.Pages;
using OverGrenzen.Model.Studies;
using OverGrenzen.Model.Tags;
using OverGrenzen.Model.Urls;
using OverGrenzen.Theme.Components.Pages;

namespace OverGrenzen.Theme;

/// <summary>
/// The content kinds of this site and their derived pages: one line per kind, one descriptor per variant.
/// Adding a kind or a page variant is a line here plus its record (in the model) and its component.
/// </summary>
public static class SiteKinds
{
    /// <summary><c>…/docent/</c>: werkvormen, timing and the reasoning behind every answer.</summary>
    public static readonly PageVariant LecturerNotes = new()
    {
        Name = "lecturernotes",
        Url = SiteUrls.LecturerNotes,
        Component = typeof(LecturerNotesContent),
        Title = page => "Docentenhandleiding: " + page.Title,
        Description = page => "Werkvormen, timing, discussievragen en de onderbouwing van de antwoorden bij " + page.Title + ".",
        Crumb = "Docentenhandleiding",
        SearchType = "docent",
    };

    /// <summary><c>…/klassikaal/</c>: a casus for projecting in class, one question a screen, nothing stored.</summary>
    public static readonly PageVariant Classroom = new()
    {
        Name = "classroom",
        Url = page => SiteUrls.Below(page, "klassikaal"),
        Component = typeof(ClassroomContent),
        Title = page => "Klassikaal: " + page.Title,
        Description = page => "De casus " + page.Title + " om samen in de klas te bespreken: één vraag per scherm, het antwoord op een klik.",
        Crumb = "Klassikaal",
        ShowsBody = true,
    };

    /// <summary><c>…/werkboek/</c>: a route on paper for students, every step with room for the answers and no answers.</summary>
    public static readonly PageVariant Workbook = new()
    {
        Name = "workbook",
        Url = SiteUrls.Workbook,
        Component = typeof(WorkbookContent),
        Title = page => "Werkboek: " + page.Title,
        Description = page => "De leerroute " + page.Title + " om te printen of als pdf te bewaren: elke stap met ruimte voor je antwoorden.",
        Crumb = "Werkboek",
        ShowsOtherBodies = true,
    };

    /// <summary><c>…/docent/werkboek/</c>: the workbook plus answer keys, explanations and lecturer notes.</summary>
    public static readonly PageVariant LecturerWorkbook = new()
    {
        Name = "lecturerworkbook",
        Url = SiteUrls.LecturerWorkbook,
        Component = typeof(LecturerWorkbookContent),
        Title = page => "Werkboek voor docenten: " + page.Title,
        Description = page => "De leerroute " + page.Title + " om te printen, met de antwoorden, de uitleg en de aanwijzingen voor docenten.",
        Crumb = "Werkboek voor docenten",
        ShowsOtherBodies = true,
    };

    /// <summary><c>…/docent/kaarten/</c>: a card sheet per classify question of a casus, to cut and sort in class.</summary>
    public static readonly PageVariant SortingCards = new()
    {
        Name = "sortingcards",
        Url = SiteUrls.SortingCards,
        Component = typeof(SortingCardsContent),
        Title = page => "Sorteerkaarten: " + page.Title,
        Description = page => "Kaartjes om te knippen bij de casus " + page.Title + ": één uitspraak per kaart, de categorieën als kopkaarten.",
        Crumb = "Sorteerkaarten",
        AppliesTo = page => page.Data is Casus casus && casus.Questions.Any(q => q.Kind == QuestionKind.Classify),
    };

    /// <summary>The 404 page, once for the site (derived from the start page).</summary>
    public static readonly PageVariant NotFound = new()
    {
        Name = "notfound",
        Url = _ => SiteUrls.NotFoundPage,
        Component = typeof(NotFoundContent),
        Title = _ => "Pagina niet gevonden",
        Description = _ => "Deze pagina bestaat niet (meer). Zoek verder vanaf de startpagina.",
        Crumb = "Niet gevonden",
        CrumbsThroughPage = false,
    };

    /// <summary><c>/offline/</c>: shown by the service worker for a page not stored on the device; lists what is.</summary>
    public static readonly PageVariant Offline = new()
    {
        Name = "offline",
        Url = _ => SiteUrls.OfflinePage,
        Component = typeof(OfflineContent),
        Title = _ => "Geen verbinding",
        Description = _ => "Zonder verbinding: de leerroutes en pagina's die op dit apparaat staan.",
        Crumb = "Geen verbinding",
        CrumbsThroughPage = false,
    };

    public static readonly ContentKindRegistry Default = new(
    [
        new() { Name = PageTypes.Plain, DataType = typeof(PlainPage), Component = typeof(PlainContent) },
        new() { Name = PageTypes.Form, DataType = typeof(Form), CrossReferenceScheme = "vorm", SearchType = "kader", Component = typeof(FormContent) },
        new() { Name = PageTypes.Category, DataType = typeof(Category), CrossReferenceScheme = "categorie", SearchType = "kader", Component = typeof(CategoryContent) },
        new() { Name = PageTypes.Factor, DataType = typeof(Factor), CrossReferenceScheme = "factor", SearchType = "factor", Component = typeof(FactorContent) },
        new() { Name = PageTypes.Study, DataType = typeof(Study), CrossReferenceScheme = "onderzoek", SearchType = "onderzoek", Component = typeof(StudyContent) },
        new() { Name = PageTypes.Casus, DataType = typeof(Casus), CrossReferenceScheme = "casus", SearchType = "casus", Component = typeof(CasusContent), Variants = [LecturerNotes, Classroom, SortingCards] },
        new() { Name = PageTypes.Route, DataType = typeof(Route), CrossReferenceScheme = "leerroute", SearchType = "leerroute", Component = typeof(RouteContent), Variants = [LecturerNotes, Workbook, LecturerWorkbook] },
        new() { Name = "tags", DataType = typeof(TagIndexPage), Component = typeof(TagIndexContent), Generate = TagPages.Index, Indexed = false },
        new() { Name = "tag", DataType = typeof(TagPage), Component = typeof(TagContent), Generate = TagPages.PerTag, Indexed = false },
    ],
    [NotFound, Offline],
    defaultKind: PageTypes.Plain);
}
