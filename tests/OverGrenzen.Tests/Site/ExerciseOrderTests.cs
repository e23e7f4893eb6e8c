using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OverGrenzen.Tests.Site;

/// <summary>Over the built real content: the HTML order of options and items does not give the answer away.</summary>
[Collection(RealContentCollection.Name)]
public class ExerciseOrderTests(RealContentTests.BuiltSite site)
{
    private IEnumerable<(string Name, IDocument Document)> CasusPages()
    {
        var parser = new HtmlParser();
        foreach (var file in RealContentTests.Pages(Path.Combine(site.Output, "casussen")))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            if (document.QuerySelector("article[data-casus]") is not null)
                yield return (Path.GetRelativePath(site.Output, file), document);
        }
    }

    /// <summary>The count the issue asks for: how often the first option shown is the right one (at most about a third).</summary>
    [Fact]
    public void The_first_displayed_single_choice_option_is_right_in_at_most_a_third_of_the_questions()
    {
        var questions = CasusPages().SelectMany(p => p.Document.QuerySelectorAll("form.question[data-kind=single]")).ToList();
        var rightFirst = questions.Count(q => q.QuerySelector("li[data-option]")?.GetAttribute("data-correct") == "true");
        Assert.True(questions.Count >= 10, $"only {questions.Count} single-choice questions found");
        Assert.True(rightFirst * 3 <= questions.Count, $"the first option is right in {rightFirst} of {questions.Count} single-choice questions");
    }

    [Fact]
    public void No_multiple_choice_question_lists_all_its_right_options_first()
    {
        var giveaways = CasusPages()
            .SelectMany(p => p.Document.QuerySelectorAll("form.question[data-kind=multiple]").Select(q => (p.Name, Question: q)))
            .Where(x =>
            {
                var marks = x.Question.QuerySelectorAll("li[data-option]").Select(li => li.GetAttribute("data-correct") == "true").ToList();
                return marks.Take(marks.Count(m => m)).All(m => m);
            })
            .Select(x => $"{x.Name} {x.Question.GetAttribute("data-question")}");
        Assert.Empty(giveaways);
    }

    [Fact]
    public void No_ordering_question_is_shown_in_the_right_order()
    {
        var inOrder = CasusPages()
            .SelectMany(p => p.Document.QuerySelectorAll("form.question[data-kind=order]").Select(q => (p.Name, Question: q)))
            .Where(x => x.Question.QuerySelectorAll("li[data-item]").Select((li, i) => li.GetAttribute("data-answer") == (i + 1).ToString()).All(same => same))
            .Select(x => $"{x.Name} {x.Question.GetAttribute("data-question")}");
        Assert.Empty(inOrder);
    }

    [Fact]
    public void Every_casus_has_a_classroom_page_without_lecturer_notes_inputs_or_search_body()
    {
        var parser = new HtmlParser();
        var pages = CasusPages().ToList();
        Assert.NotEmpty(pages);
        foreach (var (name, document) in pages)
        {
            var classroomFile = Path.Combine(site.Output, Path.GetDirectoryName(name)!, "klassikaal", "index.html");
            Assert.True(File.Exists(classroomFile), $"no classroom page for {name}");
            var classroom = parser.ParseDocument(File.ReadAllText(classroomFile));
            Assert.Equal(document.QuerySelectorAll("form.question").Length + 1, classroom.QuerySelectorAll("[data-slide]").Length);
            Assert.Empty(classroom.QuerySelectorAll("main input, main textarea, main select, .lecturer-question"));
            Assert.False(classroom.QuerySelector("main")!.HasAttribute("data-pagefind-body"));
            Assert.NotNull(document.QuerySelector("a[href$='/klassikaal/']"));
            var lecturer = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, Path.GetDirectoryName(name)!, "docent", "index.html")));
            Assert.NotNull(lecturer.QuerySelector("a[href$='/klassikaal/']"));
        }
    }

    [Fact]
    public void Every_open_question_has_a_checklist()
    {
        var without = CasusPages()
            .SelectMany(p => p.Document.QuerySelectorAll("form.question[data-kind=open]").Select(q => (p.Name, Question: q)))
            .Where(x => x.Question.QuerySelector("[data-checklist] li") is null)
            .Select(x => $"{x.Name} {x.Question.GetAttribute("data-question")}");
        Assert.Empty(without);
    }
}
