using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Quizzes.Scoring;

namespace PluginCrm.Training.Tests.Quizzes;

/// <summary>An attempt's answers are refused with every problem named by question, before anything is scored.</summary>
public sealed class QuizAnswersTests
{
    private static readonly QuizDefinition Quiz = new(
    [
        new QuizQuestion("light", QuestionTypes.Single, "Which light means the battery is low?", ["Green", "Red"], ["Red"]),
        new QuizQuestion("charge", QuestionTypes.Multiple, "How can it be charged?", ["USB-C", "Dock", "Solar"], ["USB-C", "Dock"]),
        new QuizQuestion("waterproof", QuestionTypes.TrueFalse, "The device is waterproof.", Correct: ["false"]),
        new QuizQuestion("model", QuestionTypes.Short, "What is the model called?", Accepted: ["Pulse One"]),
    ]);

    [Fact]
    public void Answers_of_each_shape_pass_and_a_question_may_be_left_out()
    {
        Assert.Empty(QuizAnswers.Check(Quiz, Answers.Of("""{"light": "Red", "charge": ["Dock", "Solar"], "waterproof": false, "model": "pulse one"}""")));
        Assert.Empty(QuizAnswers.Check(Quiz, Answers.Of("""{"waterproof": "true", "charge": []}""")));
        Assert.Empty(QuizAnswers.Check(Quiz, Answers.Of("""{"light": null, "model": "x"}""")));
        Assert.Empty(QuizAnswers.Check(Quiz, Answers.Of($$"""{"model": "{{new string('a', 200)}}"}""")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"light": null}""")]
    public void No_answer_at_all_is_not_an_attempt(string? json)
    {
        var errors = QuizAnswers.Check(Quiz, json is null ? null : Answers.Of(json));

        Assert.Equal("must answer at least one question", Assert.Single(Assert.Single(errors, e => e.Key == "answers").Value));
        Assert.Single(errors);
    }

    [Fact]
    public void Every_wrong_shape_is_named_by_its_question()
    {
        var wrong = Answers.Of($$"""
            {"light": "Blue", "charge": ["Dock", "Dock"], "waterproof": "yes", "model": {{"\"" + new string('a', 201) + "\""}}, "colour": "red"}
            """);
        var wrongTypes = Answers.Of("""{"light": 1, "charge": "Dock", "waterproof": 1, "model": 42}""");
        var strays = Answers.Of("""{"charge": ["Dock", "Wind"]}""");
        var notText = Answers.Of("""{"charge": ["Dock", 2]}""");

        Assert.Equal(new Dictionary<string, string>
        {
            ["answers.light"] = "must be one of Green, Red",
            ["answers.charge"] = "must be a list of different choices from USB-C, Dock, Solar",
            ["answers.waterproof"] = "must be true or false",
            ["answers.model"] = "is 201 characters; the limit is 200",
            ["answers.colour"] = "is not a question of this quiz",
        }, Messages(QuizAnswers.Check(Quiz, wrong)));
        Assert.Equal(new Dictionary<string, string>
        {
            ["answers.light"] = "must be one of Green, Red",
            ["answers.charge"] = "must be a list of different choices from USB-C, Dock, Solar",
            ["answers.waterproof"] = "must be true or false",
            ["answers.model"] = "must be text",
        }, Messages(QuizAnswers.Check(Quiz, wrongTypes)));
        Assert.Equal("must be a list of different choices from USB-C, Dock, Solar", Messages(QuizAnswers.Check(Quiz, strays))["answers.charge"]);
        Assert.Equal("must be a list of different choices from USB-C, Dock, Solar", Messages(QuizAnswers.Check(Quiz, notText))["answers.charge"]);
    }

    private static Dictionary<string, string> Messages(Dictionary<string, string[]> errors) => errors.ToDictionary(e => e.Key, e => Assert.Single(e.Value));
}
