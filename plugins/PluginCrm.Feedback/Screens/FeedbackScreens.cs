using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Feedback.Screens;

/// <summary>
/// Complaints in the web console, as data only, over the module's own endpoints: the list with its filters, a complaint
/// with its timeline and what can be done to it, logging one (fields from <see cref="CreateComplaintRequest"/>), and the
/// open complaints on the dashboard and the KPI screen. Who sees and may do what is the endpoints' answer, so the screens follow it.
/// </summary>
public static class FeedbackScreens
{
    private static readonly IReadOnlyList<Choice> Priorities =
        [new("low", "Low"), new("normal", "Normal"), new("high", "High"), new("urgent", "Urgent")];

    private static readonly IReadOnlyList<Choice> Channels =
        [new("phone", "Phone"), new("email", "E-mail"), new("web", "Web"), new("chat", "Chat"), new("visit", "Visit"), new("social", "Social media"), new("other", "Other")];

    // The complaint's version as the form was shown: a change made meanwhile by someone else is refused, not overwritten.
    private static readonly FormField Version = new("version", "Version", FieldKind.Hidden) { From = "complaint.version" };

    private static readonly Widget Open = new("open", "Open complaints", "/complaints/stats", WidgetKind.Figure) { Value = "open" };

    private static readonly Widget OpenByAge = new("open-by-age", "Open complaints by age", "/complaints/stats", WidgetKind.Bar) { Items = "openByAge" };

    private static readonly Widget OpenByPriority = new("open-by-priority", "Open complaints by priority", "/complaints/stats", WidgetKind.Pie) { Items = "openByPriority" };

    // The satisfaction scores of the KPI screen's period, team and rep: a figure for the period, a line per bucket.
    private static Widget Score(string key, string title, WidgetKind kind)
    {
        var measure = key.Split('-')[0];
        return kind == WidgetKind.Figure
            ? new Widget(key, title, "/scores", kind) { Value = $"total.{measure}", Parameters = [KpiParameters.From, KpiParameters.To, KpiParameters.TeamId, KpiParameters.OwnerId] }
            : new Widget(key, title, "/scores", kind) { Items = "series", LabelField = "from", ValueField = $"figures.{measure}", Parameters = KpiParameters.All };
    }

    public static readonly ScreenSet Set = new(
        [new MenuEntry("Complaints", "complaints"), new MenuEntry("Feedback", "entries"), new MenuEntry("Surveys", "surveys")],
        [
            new ListScreen("complaints", "Complaints", "/complaints",
            [
                new ListColumn("subject", "Subject") { Opens = "complaint" },
                new ListColumn("customerId", "Customer") { Link = "/customers/{customerId}" },
                new ListColumn("priority", "Priority") { Format = ValueFormat.Name },
                new ListColumn("status", "Status") { Format = ValueFormat.Name },
                new ListColumn("receivedUtc", "Received") { Format = ValueFormat.DateTime },
                new ListColumn("resolveByUtc", "Resolve by") { Format = ValueFormat.DateTime },
            ])
            {
                ItemsProperty = "items",
                Filters =
                [
                    new ListFilter("q", "Subject contains"),
                    new ListFilter("status", "Status")
                    {
                        Kind = FieldKind.Choice,
                        Choices = [new("open", "Open"), new("inProgress", "In progress"), new("resolved", "Resolved"), new("closed", "Closed")],
                    },
                    new ListFilter("priority", "Priority") { Kind = FieldKind.Choice, Choices = Priorities },
                    new ListFilter("overdue", "Overdue only") { Kind = FieldKind.Flag },
                ],
                Sorts = [new("-receivedUtc", "Newest first"), new("receivedUtc", "Oldest first")],
                NewForm = "new-complaint",
                Empty = "No complaints match.",
            },
            new ListScreen("entries", "Suggestions, reviews and comments", "/entries",
            [
                new ListColumn("receivedUtc", "Received") { Format = ValueFormat.DateTime },
                new ListColumn("customerId", "Customer") { Link = "/customers/{customerId}" },
                new ListColumn("kind", "Kind") { Format = ValueFormat.Name }, new ListColumn("text", "Text"),
                new ListColumn("rating", "Rating") { Format = ValueFormat.Number }, new ListColumn("category", "Category") { Format = ValueFormat.Name },
                new ListColumn("sentiment", "Sentiment") { Format = ValueFormat.Name },
            ])
            {
                ItemsProperty = "items",
                Filters =
                [
                    new ListFilter("kind", "Kind") { Kind = FieldKind.Choice, Choices = [new("suggestion", "Suggestion"), new("review", "Review"), new("comment", "Comment")] },
                    new ListFilter("sentiment", "Sentiment") { Kind = FieldKind.Choice, Choices = [new("negative", "Negative"), new("neutral", "Neutral"), new("positive", "Positive")] },
                ],
                Empty = "No feedback matches.",
            },
            new ListScreen("surveys", "Surveys", "/surveys",
            [
                new ListColumn("title", "Title"), new ListColumn("key", "Key"), new ListColumn("status", "Status") { Format = ValueFormat.Name },
                new ListColumn("currentVersion", "Version") { Format = ValueFormat.Number }, new ListColumn("invitations", "Invitations") { Format = ValueFormat.Number },
                new ListColumn("answers", "Answers") { Format = ValueFormat.Number },
            ])
            { ItemsProperty = "items", Empty = "No surveys yet: an admin adds one through the API or 'crm surveys add FILE'." },
        ])
    {
        Details = [ComplaintDetail],
        Forms =
        [
            new FormScreen("new-complaint", "Log a complaint", "/complaints", FormFields.Of<CreateComplaintRequest>()
                .With("customerId", f => f with { Required = true })
                .With("subject", f => f with { Required = true })
                .With("description", f => f with { Required = true })
                .With("priority", f => f with { Kind = FieldKind.Choice, Choices = Priorities, Default = "normal" })
                .With("receivedUtc", f => f with { Kind = FieldKind.DateTime, Label = "Received (UTC)", Help = "Empty for now." })
                .With("channel", f => f with { Kind = FieldKind.Choice, Choices = Channels })
                .With("ownerId", f => f with { Help = "Empty to assign by the module's rules." }))
            { Submit = "Log complaint", Then = "complaint" },
            new FormScreen("respond", "Respond to the customer", "/complaints/{id}/respond", [new FormField("text", "What the customer was told", FieldKind.LongText) { Required = true }, Version])
            { Submit = "Respond", Then = "complaint", Reads = "/complaints/{id}" },
            new FormScreen("resolve", "Resolve", "/complaints/{id}/resolve", [new FormField("resolution", "What was done", FieldKind.LongText) { Required = true }, Version])
            { Submit = "Resolve", Then = "complaint", Reads = "/complaints/{id}" },
            new FormScreen("note", "Add a note", "/complaints/{id}/note", [new FormField("text", "Note", FieldKind.LongText) { Required = true }])
            { Submit = "Add note", Then = "complaint" },
            new FormScreen("reopen", "Reopen", "/complaints/{id}/reopen", [new FormField("reason", "Why", FieldKind.LongText) { Required = true }, Version])
            { Submit = "Reopen", Then = "complaint", Reads = "/complaints/{id}" },
            new FormScreen("close", "Close this complaint?", "/complaints/{id}/close", [Version])
            { Submit = "Close", Then = "complaint", Reads = "/complaints/{id}" },
        ],
        Widgets = [Open, OpenByAge, OpenByPriority],
        // Open complaints and their ages are as of now, whatever the period: the period bounds only the resolved ones.
        Kpis =
        [
            Open, OpenByAge, new Widget("overdue", "Overdue for resolution", "/complaints/stats", WidgetKind.Figure) { Value = "overdue.resolution" },
            Score("nps", "NPS", WidgetKind.Figure), Score("csat", "CSAT", WidgetKind.Figure),
            Score("nps-trend", "NPS trend", WidgetKind.Line), Score("csat-trend", "CSAT trend", WidgetKind.Line),
        ],
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["zh-CN"] = FeedbackScreenTexts.Chinese },
    };

    private static DetailScreen ComplaintDetail => new("complaint", "{complaint.subject}", "/complaints/{id}",
    [
        new ListColumn("complaint.customerId", "Customer") { Link = "/customers/{complaint.customerId}" },
        new ListColumn("complaint.status", "Status") { Format = ValueFormat.Name },
        new ListColumn("complaint.priority", "Priority") { Format = ValueFormat.Name },
        new ListColumn("complaint.category", "Category") { Format = ValueFormat.Name },
        new ListColumn("complaint.channel", "Channel") { Format = ValueFormat.Name },
        new ListColumn("complaint.description", "Description"),
        new ListColumn("complaint.receivedUtc", "Received") { Format = ValueFormat.DateTime },
        new ListColumn("complaint.respondByUtc", "Respond by") { Format = ValueFormat.DateTime },
        new ListColumn("complaint.resolveByUtc", "Resolve by") { Format = ValueFormat.DateTime },
        new ListColumn("complaint.resolution", "Resolution"),
    ])
    {
        Tables =
        [
            new DetailTable("Timeline", "timeline",
            [
                new ListColumn("occurredUtc", "When") { Format = ValueFormat.DateTime },
                new ListColumn("userName", "Who"),
                new ListColumn("kind", "What") { Format = ValueFormat.Name },
                new ListColumn("text", "Text"),
            ]),
        ],
        Forms = ["respond", "resolve", "note", "reopen", "close"],
    };
}
