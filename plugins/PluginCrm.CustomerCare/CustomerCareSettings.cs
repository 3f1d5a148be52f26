using System.ComponentModel.DataAnnotations;
using PluginCrm.CustomerCare.Holidays;

namespace PluginCrm.CustomerCare;

/// <summary>Which message templates care sends, the holiday calendar, and when an order or a closed complaint is followed up.</summary>
public sealed class CustomerCareSettings : IValidatableObject
{
    public const string TemplateKeyPattern = "^[a-z][a-z0-9_.-]{1,99}$";
    private const string TemplateKeyMessage = "must be a template key: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'";

    /// <summary>The message template of birthday greetings; empty turns them off.</summary>
    [RegularExpression(TemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string BirthdayTemplate { get; set; } = "care.birthday";

    /// <summary>Holidays greeted, each with its own template.</summary>
    public List<Holiday> Holidays { get; set; } = [];

    /// <summary>The message template of order follow-ups; empty turns them off.</summary>
    [RegularExpression(TemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string FollowUpTemplate { get; set; } = "care.order-follow-up";

    /// <summary>How many days after an order it is followed up.</summary>
    [Range(1, 365, ErrorMessage = "must be between 1 and 365")]
    public int FollowUpDays { get; set; } = 7;

    /// <summary>The message template of the follow-up after a closed complaint; empty turns it off.</summary>
    [RegularExpression(TemplateKeyPattern, ErrorMessage = TemplateKeyMessage)]
    public string ComplaintFollowUpTemplate { get; set; } = "care.complaint-follow-up";

    /// <summary>How many days after a complaint is closed it is followed up; 0 sends it at once.</summary>
    [Range(0, 90, ErrorMessage = "must be between 0 and 90")]
    public int ComplaintFollowUpDays { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Holidays.SelectMany((holiday, i) => holiday.Problems().Select(p => new ValidationResult(p.Message, [$"holidays[{i}].{p.Field}"])))
            .Concat(Holidays.GroupBy(h => h.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => new ValidationResult($"the holiday name '{g.Key}' is used twice; each name is a separate occasion", ["holidays"])));
}
