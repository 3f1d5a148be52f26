namespace PluginCrm.Training.Events;

/// <summary>What sort of education event it is (发布会, 研讨会, 用户大会, 网络研讨会).</summary>
public static class EventKinds
{
    public const string Launch = "launch";
    public const string Seminar = "seminar";
    public const string Meetup = "meetup";
    public const string Webinar = "webinar";

    public static readonly IReadOnlyList<string> All = [Launch, Seminar, Meetup, Webinar];
}
