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
              - text: Geen van beide
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
              - text: Geen van beide
                feedback: Nee.
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

    /// <summary>A single-choice question with three options; <c>{extra}</c> adds lines after <c>trains</c>.</summary>
    private static string Single(string extra = "", int options = 3) => "\n" + string.Join('\n',
        new[] { "  - id: k", "    kind: single", "    prompt: Welke?", "    trains: [\"page:\"]" }
            .Concat(extra.Length > 0 ? extra.Split('\n').Select(l => "    " + l) : [])
            .Append("    options:")
            .Concat(Enumerable.Range(0, options).SelectMany(i => new[] { $"      - text: Optie {i}", $"        correct: {(i == 0 ? "true" : "false")}", "        feedback: Omdat." })));

    private static string OpenWith(string extra) =>
        Open.Replace("modelAnswer: Dit.", "modelAnswer: Dit.\n" + string.Join('\n', extra.Split('\n').Select(l => "    " + l))) + Single();

    [Fact]
    public void Single_choice_with_two_options_is_refused_because_it_is_too_easy_to_guess()
    {
        var d = Assert.Single(Check(Open + Single(options: 2)));
        Assert.Equal(DiagnosticCodes.Exercises.OptionCount, d.Code);
        Assert.Equal(20, d.Line);
    }

    [Fact]
    public void A_single_choice_question_with_a_hint_passes() =>
        Assert.Empty(Check(Open + Single("hint: Kijk naar wie beslist.")));

    [Fact]
    public void An_empty_hint_is_refused_at_its_line()
    {
        var d = Assert.Single(Check(Open + Single("hint: \"  \"")));
        Assert.Equal(DiagnosticCodes.Exercises.EmptyHint, d.Code);
        Assert.Equal(24, d.Line);
    }

    [Fact]
    public void A_hint_that_is_not_text_is_a_wrong_type_at_its_line()
    {
        var d = Assert.Single(Check(Open + Single("hint:\n  - een\n  - lijst")));
        Assert.Equal(DiagnosticCodes.Load.WrongType, d.Code);
        Assert.Equal(25, d.Line);
    }

    [Fact]
    public void An_open_question_with_a_checklist_of_three_points_passes() =>
        Assert.Empty(Check(OpenWith("checklist: [Een, Twee, Drie]")));

    [Theory]
    [InlineData("checklist: [Een, Twee]")]
    [InlineData("checklist: [Een, Twee, Drie, Vier, Vijf, Zes]")]
    [InlineData("checklist: []")]
    [InlineData("checklist: [Een, Twee, \"\"]")]
    public void A_checklist_needs_three_to_five_points_that_are_not_empty(string checklist)
    {
        var d = Assert.Single(Check(OpenWith(checklist)));
        Assert.Equal(DiagnosticCodes.Exercises.ChecklistShape, d.Code);
    }

    [Fact]
    public void A_checklist_that_is_not_a_list_is_a_wrong_type()
    {
        var d = Assert.Single(Check(OpenWith("checklist: Alles")));
        Assert.Equal(DiagnosticCodes.Load.WrongType, d.Code);
    }

    [Fact]
    public void A_checklist_on_a_choice_question_is_refused()
    {
        var d = Assert.Single(Check(Open + Single("checklist: [Een, Twee, Drie]")));
        Assert.Equal(DiagnosticCodes.Exercises.ChecklistShape, d.Code);
        Assert.Contains("open questions only", d.Message);
    }
}
