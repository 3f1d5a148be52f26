using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Screens;
using PluginCrm.Training.Events.Schedule;

namespace PluginCrm.Training.Screens;

/// <summary>
/// Training events in the console, as data: the calendar of coming events, an event with its seats, and the forms to
/// schedule one (managers), register a learner and call one off.
/// </summary>
public static class EventScreens
{
    private static readonly IReadOnlyList<Choice> Kinds = [new("launch", "Launch"), new("seminar", "Seminar"), new("meetup", "User meetup"), new("webinar", "Webinar")];

    private static readonly IReadOnlyList<Choice> AudienceChoices = [new("customers", "Customers"), new("staff", "Staff")];

    public static readonly ListScreen List = new("events", "Events", "/events",
    [
        new ListColumn("title", "Title") { Opens = "event" }, new ListColumn("kind", "Kind") { Format = ValueFormat.Name },
        new ListColumn("audience", "For") { Format = ValueFormat.Name }, new ListColumn("startsUtc", "Starts") { Format = ValueFormat.DateTime },
        new ListColumn("place", "Place"), new ListColumn("capacity", "Seats") { Format = ValueFormat.Number },
        new ListColumn("registered", "Registered") { Format = ValueFormat.Number }, new ListColumn("waiting", "Waiting") { Format = ValueFormat.Number },
        new ListColumn("status", "Status") { Format = ValueFormat.Name },
    ])
    {
        ItemsProperty = "items",
        Filters = [new ListFilter("kind", "Kind") { Kind = FieldKind.Choice, Choices = Kinds }, new ListFilter("audience", "For") { Kind = FieldKind.Choice, Choices = AudienceChoices }],
        NewForm = "new-event",
        Empty = "No events coming.",
    };

    public static readonly DetailScreen Detail = new("event", "{title}", "/events/{id}",
    [
        new ListColumn("kind", "Kind") { Format = ValueFormat.Name }, new ListColumn("audience", "For") { Format = ValueFormat.Name },
        new ListColumn("startsUtc", "Starts") { Format = ValueFormat.DateTime }, new ListColumn("endsUtc", "Ends") { Format = ValueFormat.DateTime },
        new ListColumn("place", "Place"), new ListColumn("onlineLink", "Online") { Format = ValueFormat.Link },
        new ListColumn("description", "About") { Format = ValueFormat.Markdown }, new ListColumn("capacity", "Seats") { Format = ValueFormat.Number },
        new ListColumn("seatsLeft", "Seats left") { Format = ValueFormat.Number }, new ListColumn("registered", "Registered") { Format = ValueFormat.Number },
        new ListColumn("waiting", "Waiting") { Format = ValueFormat.Number }, new ListColumn("attended", "Attended") { Format = ValueFormat.Number },
        new ListColumn("status", "Status") { Format = ValueFormat.Name }, new ListColumn("cancelReason", "Called off because"),
    ])
    { Forms = ["register", "cancel-event"] };

    public static readonly IReadOnlyList<FormScreen> Forms =
    [
        new FormScreen("new-event", "Schedule an event", "/events", FormFields.Of<EventRequest>()
            .With("title", f => f with { Required = true })
            .With("kind", f => f with { Kind = FieldKind.Choice, Required = true, Choices = Kinds })
            .With("audience", f => f with { Kind = FieldKind.Choice, Required = true, Choices = AudienceChoices, Default = "customers" })
            .With("startsUtc", f => f with { Kind = FieldKind.DateTime, Required = true, Label = "Starts (UTC)" })
            .With("endsUtc", f => f with { Kind = FieldKind.DateTime, Required = true, Label = "Ends (UTC)" })
            .With("capacity", f => f with { Help = "Empty for no limit; beyond it learners wait in order." })
            .With("course", f => f with { Help = "The key of the course it belongs to, if any." })
            .With("description", f => f with { Kind = FieldKind.LongText, Help = "Markdown." }))
        { Policy = CrmPolicies.ManagerOrAdmin, Submit = "Schedule", Then = "event" },
        new FormScreen("register", "Register a learner", "/events/{id}/registrations",
            [new FormField("customerId", "Customer", FieldKind.Number), new FormField("userId", "Staff member", FieldKind.Number) { Help = "One of the two, as the event is for." }])
        { Submit = "Register", Then = "event" },
        new FormScreen("cancel-event", "Call the event off", "/events/{id}/cancel", [new FormField("reason", "Why", FieldKind.LongText) { Help = "Registrants are told." }])
        { Policy = CrmPolicies.ManagerOrAdmin, Submit = "Call off", Then = "event" },
    ];
}
