using OverGrenzen.Diagnostics;
using OverGrenzen.Model;
using OverGrenzen.Model.Exercises;

namespace OverGrenzen.Validation;

/// <summary>
/// A casus must be answerable: a single-choice question has exactly one right answer, every
/// classification item has a category that exists, every reference resolves. Routes point at real pages.
/// </summary>
public sealed class ExerciseRule : IValidationRule
{
    public const int MinQuestions = 3;
    public const int MaxQuestions = 6;
    public const int MinSingleOptions = 3;
    public const int MaxSingleOptions = 5;
    public const int MinChecklist = 3;
    public const int MaxChecklist = 5;

    public void Check(ValidationContext context)
    {
        foreach (var casus in context.Site.Casussen)
            CheckCasus(context, casus);
        foreach (var route in context.Site.Routes)
            CheckRoute(context, route);
    }

    private static void CheckCasus(ValidationContext context, Entry<Casus> casus)
    {
        var file = casus.Page.SourcePath;
        var data = casus.Data;
        if (data.Audience.Count == 0)
            context.Error(DiagnosticCodes.Content.InvalidValue, file, data.Location, "'audience' needs at least one of: pabo, sociaal-werk, professional.");
        if (data.Duration <= 0)
            context.Error(DiagnosticCodes.Content.InvalidValue, file, data.Location, "'duration' must be a positive number of minutes.");
        foreach (var study in data.Studies)
            context.CheckReference("onderzoek:" + study, file, data.Location, "Study");
        foreach (var factor in data.Factors)
            context.CheckReference("factor:" + factor, file, data.Location, "Factor");
        if (data.Questions.Count is < MinQuestions or > MaxQuestions)
            context.Error(DiagnosticCodes.Exercises.QuestionCount, file, data.Location,
                $"A casus has {MinQuestions} to {MaxQuestions} questions; this one has {data.Questions.Count}.");

        foreach (var group in data.Questions.GroupBy(q => q.Id).Where(g => g.Count() > 1))
            foreach (var question in group.Skip(1))
                context.Error(DiagnosticCodes.Exercises.DuplicateQuestionId, file, question.Location,
                    $"Question id '{group.Key}' is used twice in this casus; ids must be unique (answers are stored by id).");

        foreach (var question in data.Questions)
            CheckQuestion(context, question, file);
    }

    private static void CheckQuestion(ValidationContext context, Question question, string file)
    {
        void Shape(string message) => context.Error(DiagnosticCodes.Exercises.QuestionShape, file, question.Location, message);

        if (question.Trains.Count == 0)
            Shape("'trains' needs at least one cross-reference to the framework page this question trains (e.g. factor:wederzijds-vertrouwen).");
        foreach (var reference in question.Trains)
            context.CheckReference(reference, file, question.Location, "'trains' entry");

        switch (question.Kind)
        {
            case QuestionKind.Single:
                RequireOptions();
                if (question.Options.Count is < MinSingleOptions or > MaxSingleOptions)
                    context.Error(DiagnosticCodes.Exercises.OptionCount, file, question.Location,
                        $"A single-choice question has {MinSingleOptions} to {MaxSingleOptions} options (fewer makes guessing too easy); this one has {question.Options.Count}.");
                var correct = question.Options.Count(o => o.Correct);
                if (correct != 1)
                    context.Error(DiagnosticCodes.Exercises.CorrectAnswerCount, file, question.Location,
                        $"A single-choice question has exactly one option with 'correct: true'; this one has {correct}. Use kind: multiple for more.");
                break;
            case QuestionKind.Multiple:
                RequireOptions();
                if (!question.Options.Any(o => o.Correct))
                    context.Error(DiagnosticCodes.Exercises.CorrectAnswerCount, file, question.Location,
                        "A multiple-choice question needs at least one option with 'correct: true'.");
                break;
            case QuestionKind.Classify:
                if (question.Categories.Count < 2)
                    Shape("A classification question needs at least two 'categories' (id and label).");
                if (question.Items.Count < 2)
                    Shape("A classification question needs at least two 'items' to sort.");
                foreach (var item in question.Items)
                    if (!question.Categories.Any(c => c.Id == item.Category))
                        context.Error(DiagnosticCodes.Exercises.UnknownClassifyCategory, file, item.Location,
                            $"Item category '{item.Category ?? "(none)"}' does not exist in this question. Expected one of: {string.Join(", ", question.Categories.Select(c => c.Id))}.");
                break;
            case QuestionKind.Order:
                if (question.Items.Count < 2)
                    Shape("An ordering question needs at least two 'items', listed in the right order.");
                break;
            case QuestionKind.Open:
                if (question.ModelAnswer is null || question.ModelAnswer.IsEmpty)
                    Shape("An open question needs a 'modelAnswer' (the direction of a good answer).");
                break;
        }

        if (question.Hint is { IsEmpty: true } hint)
            context.Error(DiagnosticCodes.Exercises.EmptyHint, file, At(hint.Location),
                "'hint' is empty; write one or two sentences that point the way, or leave 'hint' out.");
        if (question.Checklist is { } checklist)
        {
            if (question.Kind != QuestionKind.Open)
                context.Error(DiagnosticCodes.Exercises.ChecklistShape, file, question.Location,
                    "'checklist' belongs to open questions only (kind: open).");
            if (checklist.Count is < MinChecklist or > MaxChecklist)
                context.Error(DiagnosticCodes.Exercises.ChecklistShape, file, question.Location,
                    $"'checklist' has {MinChecklist} to {MaxChecklist} points to check an answer against; this one has {checklist.Count}.");
            foreach (var point in checklist.Where(p => p.IsEmpty))
                context.Error(DiagnosticCodes.Exercises.ChecklistShape, file, At(point.Location), "A 'checklist' point is empty.");
        }

        SourceLocation At(SourceLocation location) => location.Line > 0 ? location : question.Location;

        void RequireOptions()
        {
            if (question.Options.Count < 2)
                Shape("A choice question needs at least two 'options' (text, correct, feedback).");
        }
    }

    private static void CheckRoute(ValidationContext context, Entry<Route> route)
    {
        var file = route.Page.SourcePath;
        if (route.Data.Audience.Count == 0)
            context.Error(DiagnosticCodes.Content.InvalidValue, file, route.Data.Location, "'audience' needs at least one of: pabo, sociaal-werk, professional.");
        if (route.Data.Steps.Count < 2)
            context.Error(DiagnosticCodes.Content.InvalidValue, file, route.Data.Location, "A route needs at least two 'steps'.");
        foreach (var step in route.Data.Steps)
        {
            if (step.Ref is { } reference)
                context.CheckReference(reference, file, step.Location, "Step");
            if (step.Minutes <= 0)
                context.Error(DiagnosticCodes.Content.InvalidValue, file, step.Location, "'minutes' must be a positive number.");
        }
    }
}
