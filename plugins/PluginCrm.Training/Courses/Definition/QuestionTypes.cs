namespace PluginCrm.Training.Courses.Definition;

/// <summary>The kinds of quiz question, as a definition names them.</summary>
public static class QuestionTypes
{
    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string TrueFalse = "truefalse";
    public const string Short = "short";

    public static readonly IReadOnlyList<string> All = [Single, Multiple, TrueFalse, Short];
}
