using Microsoft.AspNetCore.Routing;
using PluginCrm.Training.Events.Attend;
using PluginCrm.Training.Events.Register;
using PluginCrm.Training.Events.Schedule;

namespace PluginCrm.Training.Events;

/// <summary><c>/events</c>: the calendar of launches, seminars, meetups and webinars, registration with a waiting list, and attendance.</summary>
public static class EventEndpoints
{
    public static void MapEvents(this IEndpointRouteBuilder events)
    {
        events.MapSchedule();
        events.MapRegistrations();
        events.MapAttendance();
    }
}
