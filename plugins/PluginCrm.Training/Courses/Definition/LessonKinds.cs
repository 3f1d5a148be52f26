namespace PluginCrm.Training.Courses.Definition;

/// <summary>What a lesson may be.</summary>
public static class LessonKinds
{
    public const string Text = "text";
    public const string Video = "video";
    public const string Document = "document";
    public const string Quiz = "quiz";

    public static readonly IReadOnlyList<string> All = [Text, Video, Document, Quiz];
}
