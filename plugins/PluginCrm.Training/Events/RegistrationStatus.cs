namespace PluginCrm.Training.Events;

/// <summary>Where a registration is: a seat, a place in the waiting list, or given up.</summary>
public static class RegistrationStatus
{
    public const string Confirmed = "confirmed";
    public const string Waiting = "waiting";
    public const string Cancelled = "cancelled";
}
