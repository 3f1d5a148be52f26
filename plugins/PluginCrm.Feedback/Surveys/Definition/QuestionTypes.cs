namespace PluginCrm.Feedback.Surveys.Definition;

/// <summary>The kinds of question and the scales of the scored ones (DOMAIN.md: CSAT 1–5, NPS 0–10, CES mean effort).</summary>
public static class QuestionTypes
{
    /// <summary>"How likely are you to recommend us?" 0 (not at all) to 10 (extremely): NPS.</summary>
    public const string Nps = "nps";

    /// <summary>"How satisfied were you?" 1 (very dissatisfied) to 5 (very satisfied): CSAT counts 4 and 5.</summary>
    public const string Csat = "csat";

    /// <summary>"How easy was it?" 1 (very easy) to 7 (very difficult): CES is the mean, lower is better.</summary>
    public const string Ces = "ces";

    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string Rating = "rating";
    public const string Text = "text";

    public static readonly IReadOnlyList<string> All = [Nps, Csat, Ces, Single, Multiple, Rating, Text];

    public const int DefaultTextLength = 2000, MaxTextLength = 4000;

    /// <summary>The lowest and highest number a numeric question takes; null for choices and text.</summary>
    public static (int Low, int High)? Scale(SurveyQuestion question) => question.Type switch
    {
        Nps => (0, 10),
        Csat => (1, 5),
        Ces => (1, 7),
        Rating => (1, question.Max ?? 5),
        _ => null,
    };
}
