using PluginCrm.Feedback.Surveys.Definition;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>A survey an admin writes wrong is refused with every problem named by where it is.</summary>
public sealed class DefinitionTests
{
    private static SurveyQuestion Q(string key, string type, string text = "Question?") => new(key, type, text);

    [Fact]
    public void Every_problem_is_named_by_its_page_and_question()
    {
        var survey = new SurveyDefinition("Bad Key", "", false,
        [
            new SurveyPage(null, [Q("nps", "nps"), Q("nps", "stars"), Q("pick", "single") with { Choices = ["a"] }]),
            new SurveyPage(null, [Q("score", "rating") with { Max = 12 }, Q("why", "text") with { ShowIf = new QuestionCondition("later", ["1"]) }, Q("later", "nps")]),
            new SurveyPage(null, []),
        ]);

        var errors = DefinitionRules.Check(survey);

        Assert.Equal(new Dictionary<string, string>
        {
            ["key"] = "must be lower-case letters, digits and '-', starting with a letter, at most 60",
            ["title"] = "is required, at most 200 characters",
            ["pages[0].questions[1].key"] = "'nps' is the key of an earlier question",
            ["pages[0].questions[1].type"] = "'stars' is not one of nps, csat, ces, single, multiple, rating, text",
            ["pages[0].questions[2].choices"] = "must list at least two different choices",
            ["pages[1].questions[0].max"] = "must be between 2 and 10",
            ["pages[1].questions[1].showIf.question"] = "'later' is not an earlier question",
            ["pages[2].questions"] = "must hold at least one question",
        }, errors.ToDictionary(e => e.Key, e => Assert.Single(e.Value)));
    }

    [Fact]
    public void A_condition_must_name_answers_the_earlier_question_can_have()
    {
        var survey = new SurveyDefinition("ok", "Fine", false,
            [new SurveyPage(null, [Q("csat", "csat"), Q("why", "text") with { ShowIf = new QuestionCondition("csat", ["0", "2"]) }])]);

        Assert.Equal("'0' is not an answer 'csat' can have", Assert.Single(DefinitionRules.Check(survey)["pages[0].questions[1].showIf.in"]));
    }
}
