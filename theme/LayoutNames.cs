namespace OverGrenzen.Theme;

/// <summary>The generated views a plain page can ask for with <c>layout:</c> in its front matter.</summary>
public static class LayoutNames
{
    public const string Start = "start";
    public const string Forms = "vormen-overzicht";
    public const string Factors = "factoren-overzicht";
    public const string Orchestra = "jazzorkest";
    public const string Studies = "onderzoeken-overzicht";
    public const string Casussen = "casussen-overzicht";
    public const string Routes = "leerroutes-overzicht";
    public const string Lessons = "lessen";
    public const string Glossary = Model.Urls.SiteUrls.GlossaryLayout;
    public const string Bibliography = Model.Urls.SiteUrls.BibliographyLayout;
    public const string Timeline = "tijdlijn";
    public const string MyAnswers = "mijn-antwoorden";
    public const string MakeAssignment = "opdracht-maken";
    public const string Assignment = "opdracht";
    public const string Search = "zoeken";
    public const string SiteMap = "sitemap";
    public const string FrameworkSummary = "kader-samenvatting";
    public const string ClassOverview = "klasoverzicht";

    public static readonly IReadOnlyList<string> All =
    [
        Start, Forms, Factors, Orchestra, Studies, Casussen, Routes, Lessons, Glossary, Bibliography,
        Timeline, MyAnswers, MakeAssignment, Assignment, Search, SiteMap,
        FrameworkSummary, ClassOverview,
    ];
}
