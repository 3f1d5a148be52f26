using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using PluginCrm.Feedback.Contracts;

namespace PluginCrm.Feedback;

/// <summary>
/// Admin settings of the feedback module (<c>Plugins:feedback</c>, or PUT /api/plugins/feedback/settings). Deadlines are
/// calendar hours from when the complaint was received: nights, weekends and holidays count.
/// </summary>
public sealed partial class FeedbackSettings : IValidatableObject
{
    private const string TemplateKeyPattern = "^[a-z][a-z0-9_.-]{1,99}$";
    private const string TemplateKeyMessage = "must be a template key: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'";
    private const string OptionalTemplateKeyPattern = "^$|^[a-z][a-z0-9_.-]{1,99}$";
    private const string OptionalSurveyKeyPattern = "^$|^[a-z][a-z0-9-]{0,59}$";
    private const string SurveyKeyMessage = "must be a survey's key (lower-case letters, digits and '-') or empty";
    private const string HoursMessage = "must be between 1 and 8760 hours";

    /// <summary>The categories a complaint may have, lower-case.</summary>
    public List<string> Categories { get; set; } = ["product", "service", "delivery", "billing", "other"];

    [Range(1, 8760, ErrorMessage = HoursMessage)] public int UrgentRespondHours { get; set; } = 2;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int UrgentResolveHours { get; set; } = 24;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int HighRespondHours { get; set; } = 4;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int HighResolveHours { get; set; } = 48;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int NormalRespondHours { get; set; } = 24;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int NormalResolveHours { get; set; } = 120;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int LowRespondHours { get; set; } = 48;
    [Range(1, 8760, ErrorMessage = HoursMessage)] public int LowResolveHours { get; set; } = 240;

    /// <summary>The in-app message to owner and manager when a deadline passes; empty turns it off.</summary>
    [RegularExpression(TemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string OverdueTemplate { get; set; } = "feedback.complaint-overdue";

    /// <summary>The in-app message to a complaint's new owner; empty turns it off.</summary>
    [RegularExpression(TemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string AssignedTemplate { get; set; } = "feedback.complaint-assigned";

    /// <summary>A customer asked to answer a survey is not asked again for this many days (0: no quiet period).</summary>
    [Range(0, 365, ErrorMessage = "must be between 0 and 365 days")] public int SurveyQuietDays { get; set; } = 30;

    /// <summary>How long a survey link stays valid, unless the invitation says otherwise.</summary>
    [Range(1, 90, ErrorMessage = "must be between 1 and 90 days")] public int SurveyLinkDays { get; set; } = 14;

    /// <summary>
    /// Where customers open survey links: the address of this host as they reach it (the e-mail's link starts with it);
    /// empty: the host's public address (<see cref="Sdk.Http.ICrmPublicAddress"/>).
    /// </summary>
    [Url(ErrorMessage = "must be an http or https address")] public string? SurveyLinkBase { get; set; }

    /// <summary>The e-mail that sends a survey link (model: survey, link, expires_utc); empty: links are not e-mailed.</summary>
    [RegularExpression(OptionalTemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string SurveyInvitationTemplate { get; set; } = "feedback.survey-invitation";

    /// <summary>Days after which an unanswered link is sent again, with a new token (0: no reminder).</summary>
    [Range(0, 60, ErrorMessage = "must be between 0 (off) and 60 days")] public int SurveyReminderDays { get; set; } = 5;

    /// <summary>The survey a customer is asked after a complaint of theirs is closed; empty: none.</summary>
    [RegularExpression(OptionalSurveyKeyPattern, ErrorMessage = SurveyKeyMessage)] public string AfterComplaintSurvey { get; set; } = "";

    /// <summary>The survey a customer is asked after an order; empty: none.</summary>
    [RegularExpression(OptionalSurveyKeyPattern, ErrorMessage = SurveyKeyMessage)] public string AfterOrderSurvey { get; set; } = "";

    /// <summary>The survey a customer is asked after completing a training course (with the training module); empty: none.</summary>
    [RegularExpression(OptionalSurveyKeyPattern, ErrorMessage = SurveyKeyMessage)] public string AfterCourseSurvey { get; set; } = "";

    /// <summary>An NPS answer at or below this gives the customer's owner a call-back task (-1: never; 6: every detractor).</summary>
    [Range(-1, 10, ErrorMessage = "must be between -1 (off) and 10")] public int DetractorTaskUpTo { get; set; } = 6;

    /// <summary>A CSAT answer at or below this tells the owner's team manager (0: never).</summary>
    [Range(0, 5, ErrorMessage = "must be between 0 (off) and 5")] public int DissatisfiedAlertUpTo { get; set; } = 2;

    /// <summary>Only answers given within this many days are followed up (not one entered or imported late).</summary>
    [Range(1, 365, ErrorMessage = "must be between 1 and 365 days")] public int FollowUpWithinDays { get; set; } = 7;

    /// <summary>Hours to the first response and to the resolution for <paramref name="priority"/>.</summary>
    public (int Respond, int Resolve) HoursFor(ComplaintPriority priority) => priority switch
    {
        ComplaintPriority.Urgent => (UrgentRespondHours, UrgentResolveHours),
        ComplaintPriority.High => (HighRespondHours, HighResolveHours),
        ComplaintPriority.Low => (LowRespondHours, LowResolveHours),
        _ => (NormalRespondHours, NormalResolveHours),
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex CategoryPattern();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Categories.Count == 0)
            yield return new ValidationResult("must name at least one category", [nameof(Categories)]);
        foreach (var bad in Categories.Where(c => !CategoryPattern().IsMatch(c ?? "")))
            yield return new ValidationResult($"'{bad}' is not a category: lower-case letters, digits and '-', at most 40", [nameof(Categories)]);
        if (Categories.Count != Categories.Distinct().Count())
            yield return new ValidationResult("lists a category twice", [nameof(Categories)]);
        foreach (var priority in Enum.GetValues<ComplaintPriority>())
        {
            var (respond, resolve) = HoursFor(priority);
            if (respond >= resolve)
                yield return new ValidationResult($"must be shorter than the {priority.ToString().ToLowerInvariant()} resolution ({resolve} hours)",
                    [$"{priority}RespondHours"]);
        }
    }
}
