using OverGrenzen.Model.Exercises;

namespace OverGrenzen.Theme;

/// <summary>What each kind of question asks the student to do, as shown on the site and on paper.</summary>
public static class QuestionLabels
{
    public static string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.Single => "Kies één antwoord",
        QuestionKind.Multiple => "Kies alle juiste antwoorden",
        QuestionKind.Classify => "Deel in",
        QuestionKind.Order => "Zet in volgorde",
        _ => "Denk na en schrijf",
    };
}
