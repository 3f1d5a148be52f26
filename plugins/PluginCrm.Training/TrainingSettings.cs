using System.ComponentModel.DataAnnotations;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Training;

/// <summary>Admin settings of the training module (<c>Plugins:training</c>, or PUT /api/plugins/training/settings).</summary>
public sealed class TrainingSettings
{
    private const string OptionalTemplateKeyPattern = "^$|^[a-z][a-z0-9_.-]{1,99}$";
    private const string TemplateKeyMessage = "must be a template key: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'";

    /// <summary>The document template a certificate is rendered from (model: learner, course, completed_utc, code, verify_url); empty: the built-in wording.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string CertificateTemplate { get; set; } = "training.certificate";

    /// <summary>The e-mail that sends a customer its course link (model: course, link, expires_utc); empty: links are not e-mailed.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string CourseLinkTemplate { get; set; } = "training.course-link";

    /// <summary>How long a customer's course link stays valid.</summary>
    [Range(1, 365, ErrorMessage = "must be between 1 and 365 days")] public int LinkDays { get; set; } = 60;

    /// <summary>
    /// Where customers open course links and anyone checks a certificate: the address of this host as they reach it;
    /// empty: the host's public address (<see cref="ICrmPublicAddress"/>).
    /// </summary>
    [Url(ErrorMessage = "must be an http or https address")] public string? PublicBase { get; set; }

    /// <summary>The message reminding a registrant with a seat of an event (model: event, registration); empty: no reminders.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string EventReminderTemplate { get; set; } = "training.event-reminder";

    /// <summary>How many hours before an event starts its reminder goes.</summary>
    [Range(1, 336, ErrorMessage = "must be between 1 and 336 hours")] public int EventReminderHours { get; set; } = 24;

    /// <summary>The message thanking those marked attended, after the event (model: event, registration); empty: no follow-ups.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string EventFollowUpTemplate { get; set; } = "training.event-follow-up";

    /// <summary>How many hours after an event ends its follow-up goes.</summary>
    [Range(0, 336, ErrorMessage = "must be between 0 and 336 hours")] public int EventFollowUpHours { get; set; } = 2;

    /// <summary>
    /// The message telling registrants an event has a new time, place or link (model: event, registration, and previous: starts_utc,
    /// ends_utc, place, online_link); empty: not told.
    /// </summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string EventChangedTemplate { get; set; } = "training.event-changed";

    /// <summary>The message telling registrants an event is called off (model: event with cancel_reason, registration); empty: not told.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string EventCancelledTemplate { get; set; } = "training.event-cancelled";

    /// <summary>The message telling a waiting registrant it has a seat now (model: event, registration); empty: not told.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string EventPromotedTemplate { get; set; } = "training.event-promoted";
}
