using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Screens;
using PluginCrm.Training.Courses.Edit;

namespace PluginCrm.Training.Screens;

/// <summary>
/// Training in the web console, as data only, over the module's own endpoints: the course catalogue and a course with its
/// lessons, versions and forms (admins build a course a lesson and a question at a time), the learners and their
/// progress, a learner's course one lesson at a time with its quiz (questions served as form fields), the events
/// (<see cref="EventScreens"/>), and the reports on the KPI screen. Who sees and may do what is the endpoints' answer, so the screens follow it.
/// </summary>
public static class TrainingScreens
{
    private static readonly IReadOnlyList<Choice> AudienceChoices = [new("customers", "Customers"), new("staff", "Staff")];

    private static readonly IReadOnlyList<string> PeriodTeamRep = [KpiParameters.From, KpiParameters.To, KpiParameters.TeamId, KpiParameters.OwnerId];

    private static readonly ListColumn[] FigureColumns =
    [
        new("figures.enrolled", "Enrolled") { Format = ValueFormat.Number }, new("figures.completed", "Completed") { Format = ValueFormat.Number },
        new("figures.completionRate", "Completion") { Format = ValueFormat.Percent }, new("figures.medianDays", "Median days") { Format = ValueFormat.Number },
    ];

    public static readonly ScreenSet Set = new(
        [new MenuEntry("Courses", "courses"), new MenuEntry("My training", "my-training"), new MenuEntry("Learners", "enrolments"), new MenuEntry("Events", "events")],
        [
            new ListScreen("courses", "Courses", "/courses",
            [
                new ListColumn("title", "Title") { Opens = "course" }, new ListColumn("audience", "For") { Format = ValueFormat.Name },
                new ListColumn("status", "Status") { Format = ValueFormat.Name }, new ListColumn("currentVersion", "Version") { Format = ValueFormat.Number },
                new ListColumn("lessons", "Lessons") { Format = ValueFormat.Number }, new ListColumn("enrolled", "Enrolled") { Format = ValueFormat.Number },
                new ListColumn("completed", "Completed") { Format = ValueFormat.Number },
            ])
            { ItemsProperty = "items", NewForm = "new-course", Empty = "No courses yet: an admin adds one here, or imports a folder with 'crm training import DIR'." },
            new ListScreen("my-training", "My training", "/me",
            [
                new ListColumn("courseTitle", "Course") { Opens = "learn" }, new ListColumn("percent", "Done (%)") { Format = ValueFormat.Number },
                new ListColumn("lessonsTotal", "Lessons") { Format = ValueFormat.Number }, new ListColumn("enrolledUtc", "Enrolled") { Format = ValueFormat.Date },
                new ListColumn("completedUtc", "Completed") { Format = ValueFormat.Date },
            ])
            { ItemsProperty = "items", Empty = "You are not enrolled in any course: your manager enrols you." },
            new ListScreen("enrolments", "Learners", "/enrolments",
            [
                new ListColumn("courseTitle", "Course") { Opens = "enrolment" }, new ListColumn("customerId", "Customer") { Link = "/customers/{customerId}" },
                new ListColumn("userId", "Staff member"), new ListColumn("source", "Enrolled as") { Format = ValueFormat.Name },
                new ListColumn("enrolledUtc", "Enrolled") { Format = ValueFormat.Date }, new ListColumn("percent", "Done (%)") { Format = ValueFormat.Number },
                new ListColumn("completedUtc", "Completed") { Format = ValueFormat.Date },
            ])
            {
                ItemsProperty = "items",
                Filters = [new ListFilter("course", "Course key"), new ListFilter("completed", "Completed only") { Kind = FieldKind.Flag }],
                Empty = "No learners match.",
            },
            EventScreens.List,
        ])
    {
        Details = [CourseDetail, EnrolmentDetail, LearnDetail, EventScreens.Detail],
        Forms = [.. Forms(), .. EventScreens.Forms],
        Kpis =
        [
            new Widget("completion", "Training completion", "/reports/courses", WidgetKind.Figure)
            { Value = "total.completionRate", Format = ValueFormat.Percent, Parameters = PeriodTeamRep },
            new Widget("completion-by-course", "Training completion by course", "/reports/courses", WidgetKind.Bar)
            { Items = "items", LabelField = "title", ValueField = "figures.completionRate", Format = ValueFormat.Percent, Parameters = PeriodTeamRep, Columns = [new("title", "Course"), .. FigureColumns] },
            new Widget("completion-by-team", "Training completion by team", "/reports/teams", WidgetKind.Bar)
            { Items = "items", LabelField = "team", ValueField = "figures.completionRate", Format = ValueFormat.Percent, Parameters = PeriodTeamRep, Columns = [new("team", "Team"), .. FigureColumns] },
            new Widget("trained-churn", "Churn of trained and untrained customers", "/reports/churn", WidgetKind.Bar)
            {
                Items = "items", LabelField = "group", ValueField = "churnRate", Format = ValueFormat.Percent, Parameters = PeriodTeamRep,
                Columns = [new("group", "Customers") { Format = ValueFormat.Name }, new("atStart", "At start") { Format = ValueFormat.Number }, new("lost", "Lost") { Format = ValueFormat.Number }, new("churnRate", "Churn") { Format = ValueFormat.Percent }],
            },
        ],
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["zh-CN"] = TrainingScreenTexts.Chinese },
    };

    private static DetailScreen CourseDetail => new("course", "{title}", "/courses/{id}",
    [
        new ListColumn("key", "Key"), new ListColumn("audience", "For") { Format = ValueFormat.Name }, new ListColumn("status", "Status") { Format = ValueFormat.Name },
        new ListColumn("currentVersion", "Version learners get") { Format = ValueFormat.Number }, new ListColumn("draft.summary", "Summary") { Format = ValueFormat.Markdown },
        new ListColumn("enrolled", "Enrolled") { Format = ValueFormat.Number }, new ListColumn("completed", "Completed") { Format = ValueFormat.Number },
    ])
    {
        Tables =
        [
            new DetailTable("Lessons (draft)", "draft.lessons", [new("key", "Key"), new("title", "Title"), new("kind", "Kind") { Format = ValueFormat.Name }, new("minutes", "Minutes") { Format = ValueFormat.Number }]),
            new DetailTable("Versions", "versions", [new("number", "Version") { Format = ValueFormat.Number }, new("publishedUtc", "Published on") { Format = ValueFormat.DateTime }]),
        ],
        Actions =
        [
            new RowAction("Publish the draft", "/courses/{id}/publish") { Confirm = "Publish the draft? New learners get it; those enrolled keep their version.", Policy = CrmPolicies.Admin },
            new RowAction("Retire", "/courses/{id}/retire") { Confirm = "Retire this course? Nobody new can enrol; learners finish.", Policy = CrmPolicies.Admin },
        ],
        Forms = ["enrol", "add-lesson", "add-question"],
    };

    private static DetailScreen EnrolmentDetail => new("enrolment", "{courseTitle}", "/enrolments/{id}",
    [
        new ListColumn("customerId", "Customer") { Link = "/customers/{customerId}" }, new ListColumn("userId", "Staff member"),
        new ListColumn("version", "Version") { Format = ValueFormat.Number }, new ListColumn("source", "Enrolled as") { Format = ValueFormat.Name },
        new ListColumn("enrolledUtc", "Enrolled") { Format = ValueFormat.DateTime }, new ListColumn("percent", "Done (%)") { Format = ValueFormat.Number },
        new ListColumn("completedUtc", "Completed") { Format = ValueFormat.DateTime }, new ListColumn("certificate.code", "Certificate"),
        new ListColumn("certificate.verifyUrl", "Check it at") { Format = ValueFormat.Link }, new ListColumn("id", "Learn") { Link = "/m/training/learn/{id}" },
    ])
    {
        Tables = [new DetailTable("Lessons", "lessons", [new("title", "Lesson"), new("kind", "Kind") { Format = ValueFormat.Name }, new("done", "Done") { Format = ValueFormat.YesNo }, new("doneUtc", "When") { Format = ValueFormat.DateTime }])],
    };

    private static DetailScreen LearnDetail => new("learn", "{courseTitle}", "/enrolments/{id}/next",
    [
        new ListColumn("position", "Lesson"), new ListColumn("lesson.title", "Title"), new ListColumn("lesson.body", "") { Format = ValueFormat.Markdown },
        new ListColumn("lesson.url", "Video") { Format = ValueFormat.Link }, new ListColumn("lesson.document", "Document"),
        new ListColumn("lesson.minutes", "Minutes") { Format = ValueFormat.Number }, new ListColumn("quiz.attemptsLeft", "Attempts left") { Format = ValueFormat.Number },
        new ListColumn("percent", "Done (%)") { Format = ValueFormat.Number }, new ListColumn("completedUtc", "Completed") { Format = ValueFormat.DateTime },
        new ListColumn("certificate", "Certificate"),
    ])
    {
        Actions = [new RowAction("Done, next lesson", "/enrolments/{id}/next/done")],
        Forms = ["quiz"],
    };

    private static IReadOnlyList<FormScreen> Forms() =>
    [
        new FormScreen("new-course", "New course", "/courses",
        [
            new FormField("key", "Key") { Required = true, Help = "Lower-case letters, digits and '-': getting-started." },
            new FormField("title", "Title") { Required = true },
            new FormField("audience", "For", FieldKind.Choice) { Required = true, Choices = AudienceChoices, Default = "customers" },
            new FormField("summary", "Summary", FieldKind.LongText) { Help = "Markdown." },
            new FormField("prerequisites", "Courses to complete first", FieldKind.TextList) { Help = "Their keys, one per line." },
        ])
        { Policy = CrmPolicies.Admin, Submit = "Create the draft", Then = "course" },
        new FormScreen("add-lesson", "Add a lesson", "/courses/{id}/lessons", FormFields.Of<LessonRequest>()
            .With("key", f => f with { Required = true })
            .With("title", f => f with { Required = true })
            .With("kind", f => f with { Kind = FieldKind.Choice, Required = true, Choices = [new("text", "Text"), new("video", "Video"), new("document", "Document"), new("quiz", "Quiz")] })
            .With("body", f => f with { Kind = FieldKind.LongText, Help = "Markdown: the lesson's text, or an introduction to the video or document." })
            .With("url", f => f with { Label = "Video address" })
            .With("document", f => f with { Help = "A URL or a file name in the company's library." })
            .With("passMark", f => f with { Label = "Pass mark (%)", Help = "For a quiz; 70 when empty." })
            .With("attempts", f => f with { Help = "For a quiz; 3 when empty, 0 for no limit." }))
        { Policy = CrmPolicies.Admin, Submit = "Add lesson", Then = "course" },
        new FormScreen("add-question", "Add a quiz question", "/courses/{id}/questions", FormFields.Of<QuestionRequest>()
            .With("lesson", f => f with { Required = true, Label = "Quiz lesson's key" })
            .With("key", f => f with { Required = true })
            .With("type", f => f with { Kind = FieldKind.Choice, Required = true, Choices = [new("single", "Single choice"), new("multiple", "Multiple choice"), new("truefalse", "True or false"), new("short", "Short answer")] })
            .With("text", f => f with { Kind = FieldKind.LongText, Required = true })
            .With("choices", f => f with { Kind = FieldKind.TextList, Help = "One per line." })
            .With("correct", f => f with { Kind = FieldKind.TextList, Help = "The right choices, one per line; true or false for a true-or-false question." })
            .With("accepted", f => f with { Kind = FieldKind.TextList, Help = "For a short answer: every answer accepted, one per line (case, width and spaces do not matter)." })
            .With("explanation", f => f with { Kind = FieldKind.LongText, Help = "Shown after an attempt." }))
        { Policy = CrmPolicies.Admin, Submit = "Add question", Then = "course" },
        new FormScreen("enrol", "Enrol learners", "/courses/{id}/enrolments",
        [
            new FormField("customerId", "Customer", FieldKind.Number), new FormField("companyId", "A company's contacts", FieldKind.Number),
            new FormField("userId", "Staff member", FieldKind.Number), new FormField("teamId", "A team", FieldKind.Number) { Help = "Fill one: customers for a customers' course, staff for a staff course." },
        ])
        { Submit = "Enrol" },
        new FormScreen("quiz", "Quiz", "/enrolments/{id}/next/answers", [])
        {
            Reads = "/enrolments/{id}/next", FieldsFrom = "quiz.fields", Submit = "Submit answers", ResultItems = "questions",
            ResultColumns = [new("key", "Question"), new("correct", "Right") { Format = ValueFormat.YesNo }, new("points", "Points") { Format = ValueFormat.Number }, new("explanation", "Why")],
        },
    ];
}
