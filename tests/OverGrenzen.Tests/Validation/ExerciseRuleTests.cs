using OverGrenzen.Diagnostics;

namespace OverGrenzen.Tests.Validation;

public class ExerciseRuleTests
{
    private static string Casus(string questions) => $"""
        -- index.md --
        ---
        title: Start
        description: S
        ---
        -- casussen/c.md --
        ---
        type: casus
        title: C
        description: D
        audience: [pabo]
        duration: 10
        objectives: [Leren]
        lecturerNotes: Notities.
        questions:
        {questions}
        ---
        Verhaal.
        """;

    private const string Open = """
          - id: o1
            kind: open
            prompt: Wat denk je?
            trains: ["page:"]
            modelAnswer: Dit.
          - id: o2
            kind: open
            prompt: En nu?
            trains: ["page:"]
            modelAnswer: Dat.
        """;

    private static IReadOnlyList<Diagnostic> Check(string questions)
    {
        using var site = new TestSite(TestSite.MinimalBibliography + "\n" + Casus(questions));
        return site.Check();
    }

    [Fact]
    public void A_valid_casus_passes() =>
        Assert.Empty(Check(Open + """

          - id: k
            kind: single
            prompt: Welke?
            trains: ["page:"]
            options:
              - text: Deze
                correct: true
                feedback: Ja.
              - text: Die
                feedback: Nee.
        """));

    [Fact]
    public void Single_choice_with_two_right_answers_is_refused_at_the_question_line()
    {
        var d = Assert.Single(Check(Open + """

          - id: k
            kind: single
            prompt: Welke?
            trains: ["page:"]
            options:
              - text: Deze
                correct: true
                feedback: Ja.
              - text: Die
                correct: true
                feedback: Ook ja.
        """));
        Assert.Equal(DiagnosticCodes.Exercises.CorrectAnswerCount, d.Code);
        Assert.Equal(20, d.Line);
    }

    [Fact]
    public void Classification_item_with_an_unknown_category_is_refused()
    {
        var d = Assert.Single(Check(Open + """

          - id: k
            kind: classify
            prompt: Deel in.
            trains: ["page:"]
            categories:
              - id: muzikant
                label: De muzikant
              - id: orkest
                label: Het orkest
            items:
              - text: Ik
                category: muzikant
                feedback: Ja.
              - text: Wij
                category: zaal
                feedback: Nee.
        """));
        Assert.Equal(DiagnosticCodes.Exercises.UnknownClassifyCategory, d.Code);
        Assert.Contains("muzikant, orkest", d.Message);
    }

    [Fact]
    public void Too_few_questions_is_refused()
    {
        var d = Assert.Single(Check("""
          - id: o1
            kind: open
            prompt: Wat?
            trains: ["page:"]
            modelAnswer: Dit.
        """));
        Assert.Equal(DiagnosticCodes.Exercises.QuestionCount, d.Code);
    }
}
