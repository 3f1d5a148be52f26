namespace PluginCrm.Training.Events;

/// <summary>Where an event is: on the calendar, or called off (its registrants were told).</summary>
public static class EventStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
