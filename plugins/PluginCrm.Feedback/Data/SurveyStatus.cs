namespace PluginCrm.Feedback.Data;

/// <summary>Where a survey is in its life.</summary>
public static class SurveyStatus
{
    public const string Draft = "draft", Published = "published", Closed = "closed";
}
