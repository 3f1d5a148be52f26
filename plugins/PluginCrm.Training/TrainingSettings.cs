using System.ComponentModel.DataAnnotations;

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

    /// <summary>Where customers open course links and anyone checks a certificate: the address of this host as they reach it.</summary>
    [Url(ErrorMessage = "must be an http or https address")] public string PublicBase { get; set; } = "http://127.0.0.1:5080";
}
