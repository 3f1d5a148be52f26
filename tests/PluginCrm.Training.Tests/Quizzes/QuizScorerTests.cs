using System.Text.Json;
using PluginCrm.Sdk.Records;
using PluginCrm.Training.Courses.Definition;
using PluginCrm.Training.Quizzes.Scoring;

namespace PluginCrm.Training.Tests.Quizzes;

/// <summary>
/// Scoring by the rules docs/training-content.md states; every expected number is worked out by hand beside it.
/// </summary>
public sealed class QuizScorerTests
{
    // 2 + 4 + 1 = 7 points.
    private static readonly QuizDefinition Quiz = new(
    [
        new QuizQuestion("light", QuestionTypes.Single, "Which light means the battery is low?", ["Green", "Red"], ["Red"], Explanation: "Red comes on below 10%.", Points: 2),
        new QuizQuestion("charge", QuestionTypes.Multiple, "How can it be charged?", ["USB-C", "Dock", "Solar", "Wireless"], ["USB-C", "Dock", "Wireless"], Points: 4),
        new QuizQuestion("waterproof", QuestionTypes.TrueFalse, "The device is waterproof.", Correct: ["false"]),
    ], PassMark: 70);

    [Fact]
    public void Two_right_choices_and_one_wrong_of_three_earn_a_third_and_the_quiz_its_share()
    {
        var result = QuizScorer.Score(Quiz, Answers.Of("""{"light": "Red", "charge": ["USB-C", "Dock", "Solar"], "waterproof": true}"""));

        // charge: (2 right − 1 wrong) ÷ 3 right = 1/3 of 4 points = 1.333… → 1.33.
        var charge = result.Questions[1];
        Assert.Equal((1m / 3m, 1.33m, 4, false), (charge.Credit, charge.Points, charge.MaxPoints, charge.Correct));
        Assert.Equal(["USB-C", "Dock", "Solar"], charge.Given);
        Assert.Equal(["USB-C", "Dock", "Wireless"], charge.Right);
        // light 2 + charge 1.33 + waterproof 0 = 3.33 of 7 = 47.571…% → 47.57, below the pass mark of 70.
        Assert.Equal((3.33m, 7m, 47.57m, false), (result.Points, result.MaxPoints, result.Percent, result.Passed));
        Assert.Equal([(1m, 2m, true), (0m, 0m, false)], new[] { result.Questions[0], result.Questions[2] }.Select(q => (q.Credit, q.Points, q.Correct)));
        Assert.Equal("Red comes on below 10%.", result.Questions[0].Explanation);
        Assert.Equal([["true"], ["false"]], new[] { result.Questions[2].Given, result.Questions[2].Right });
    }

    [Fact]
    public void Every_right_answer_earns_every_point()
    {
        var result = QuizScorer.Score(Quiz, Answers.Of("""{"light": "Red", "charge": ["Wireless", "USB-C", "Dock"], "waterproof": "false"}"""));

        Assert.Equal((7m, 7m, 100m, true), (result.Points, result.MaxPoints, result.Percent, result.Passed));
        Assert.All(result.Questions, q => Assert.Equal((1m, true), (q.Credit, q.Correct)));
    }

    [Fact]
    public void A_question_left_out_earns_nothing()
    {
        var result = QuizScorer.Score(Quiz, Answers.Of("""{"light": "Red", "charge": null}"""));

        // 2 of 7 = 28.571…% → 28.57.
        Assert.Equal((2m, 28.57m, false), (result.Points, result.Percent, result.Passed));
        Assert.Equal([[], []], result.Questions.Skip(1).Select(q => q.Given));
        Assert.Equal(0m, result.Questions[1].Points);
    }

    [Theory]
    [InlineData("""["a"]""", 0.5, 1.5)] // (1 − 0) ÷ 2 = 1/2 of 3 points
    [InlineData("""["a", "b", "c"]""", 0.5, 1.5)] // (2 − 1) ÷ 2
    [InlineData("""["a", "c", "d"]""", 0, 0)] // (1 − 2) ÷ 2 is below 0: 0, not −1.5
    [InlineData("""["c", "d", "e"]""", 0, 0)]
    [InlineData("[]", 0, 0)] // picking nothing
    [InlineData("""["b", "a"]""", 1, 3)]
    public void Multiple_choice_earns_right_picks_less_wrong_picks_over_the_right_choices(string picked, double credit, double points)
    {
        var quiz = new QuizDefinition([new QuizQuestion("q", QuestionTypes.Multiple, "Which?", ["a", "b", "c", "d", "e"], ["a", "b"], Points: 3)]);

        var question = Assert.Single(QuizScorer.Score(quiz, Answers.Of($$"""{"q": {{picked}}}""")).Questions);

        Assert.Equal(((decimal)credit, (decimal)points, credit == 1), (question.Credit, question.Points, question.Correct));
    }

    [Fact]
    public void Two_thirds_of_three_points_is_exactly_two()
    {
        var quiz = new QuizDefinition([new QuizQuestion("q", QuestionTypes.Multiple, "Which?", ["a", "b", "c", "d"], ["a", "b", "c"], Points: 3)]);

        var result = QuizScorer.Score(quiz, Answers.Of("""{"q": ["a", "b", "c", "d"]}"""));

        // (3 − 1) ÷ 3 = 2/3 of 3 points = 2.
        Assert.Equal((2m / 3m, 2m, 66.67m), (result.Questions[0].Credit, result.Points, result.Percent));
    }

    [Fact]
    public void A_percentage_that_rounds_up_to_the_pass_mark_does_not_pass_and_one_exactly_on_it_does()
    {
        // Three multiple-choice questions of three right choices each (d is wrong): 100 + 50 + 50 = 200 points.
        QuizQuestion Question(string key, int points) => new(key, QuestionTypes.Multiple, "Which?", ["a", "b", "c", "d"], ["a", "b", "c"], Points: points);
        var quiz = new QuizDefinition([Question("one", 100), Question("two", 50), Question("three", 50)], PassMark: 50);

        var below = QuizScorer.Score(quiz, Answers.Of("""{"one": ["a"], "two": ["a", "b"], "three": ["a", "b"]}"""));
        var on = QuizScorer.Score(quiz, Answers.Of("""{"one": ["a", "b", "c"]}"""));

        // 1/3 of 100 = 33.33, 2/3 of 50 = 33.33 twice: 99.99 of 200 = 49.995% → shown 50.00, but below 50.
        Assert.Equal((99.99m, 50.00m, false), (below.Points, below.Percent, below.Passed));
        // 100 of 200 = 50%: on the mark passes.
        Assert.Equal((100m, 50m, true), (on.Points, on.Percent, on.Passed));
    }

    [Theory]
    [InlineData("Pulse One", true)]
    [InlineData("ＰＵＬＳＥ　ＯＮＥ", true)] // full width, ideographic space
    [InlineData("  pulse \t\n one ", true)]
    [InlineData("pulseone", true)] // the second accepted answer
    [InlineData("Pulse 1", false)]
    [InlineData("Pulse-One", false)]
    [InlineData("", false)]
    public void A_short_answer_is_right_when_it_reads_as_an_accepted_one(string typed, bool right)
    {
        var quiz = new QuizDefinition([new QuizQuestion("model", QuestionTypes.Short, "What is it called?", Accepted: ["Pulse One", "PulseOne"], Points: 2)]);

        var result = QuizScorer.Score(quiz, new Dictionary<string, JsonElement> { ["model"] = JsonSerializer.SerializeToElement(typed) });

        var question = Assert.Single(result.Questions);
        Assert.Equal((right, right ? 2m : 0m, right ? 100m : 0m), (question.Correct, question.Points, result.Percent));
        Assert.Equal([[typed], ["Pulse One", "PulseOne"]], new[] { question.Given, question.Right });
    }

    [Fact]
    public void Answers_that_do_not_pass_the_check_are_not_scored()
    {
        var refused = Assert.Throws<RecordValidationException>(() => QuizScorer.Score(Quiz, Answers.Of("""{"light": "Blue"}""")));

        Assert.Equal(["must be one of Green, Red"], refused.Errors["answers.light"]);
    }
}
