using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;
using PluginCrm.Sdk.Templates;
using PluginCrm.Training.Data;
using PluginCrm.Training.Learning;

namespace PluginCrm.Training.Certificates;

/// <summary>
/// Issues the certificate of a completed enrolment, its text rendered from the admin's document template
/// (<see cref="TrainingSettings.CertificateTemplate"/>) or, while there is none (or it fails), the built-in wording.
/// </summary>
public sealed class CertificateIssuer(
    TrainingDbContext db, ICrmRecords records, ICrmDirectory directory, IDocumentTemplates templates, ISettings<TrainingSettings> settings,
    ICrmPublicAddress publicAddress, ILogger<CertificateIssuer> logger)
{
    public async Task<Certificate> IssueAsync(Enrolment enrolment, Course course, CancellationToken ct)
    {
        var options = await settings.GetAsync(ct);
        var code = CertificateCodes.New();
        var learner = await LearnerNameAsync(enrolment, ct);
        var completed = enrolment.CompletedUtc!.Value;
        var verifyUrl = LearnerViews.VerifyUrl(publicAddress.LinkBase(options.PublicBase), code);
        var model = new Dictionary<string, object?>
        {
            ["learner"] = learner, ["course"] = course.Title, ["course_key"] = course.Key, ["version"] = enrolment.VersionNumber,
            ["completed_utc"] = completed, ["code"] = code, ["verify_url"] = verifyUrl,
        };
        var text = await RenderAsync(options.CertificateTemplate, model, ct)
            ?? $"Certificate of completion\n\n{learner} completed the course \"{course.Title}\" on {completed:yyyy-MM-dd}.\n\nCheck it at {verifyUrl} (code {code}).";
        var certificate = new Certificate { EnrolmentId = enrolment.Id, Code = code, LearnerName = learner, Text = text, IssuedUtc = completed };
        db.Certificates.Add(certificate);
        return certificate;
    }

    // A template that fails must not cost the learner its completion: the built-in wording stands in, and the admin is told in the log.
    private async Task<string?> RenderAsync(string key, IReadOnlyDictionary<string, object?> model, CancellationToken ct)
    {
        if (key.Length == 0)
            return null;
        try
        {
            return (await templates.RenderAsync(key, model, ct))?.Text;
        }
        catch (DocumentTemplateException failed)
        {
            logger.LogWarning("Certificate template {Template} failed, the built-in wording used instead: {Reason}", key, failed.Message);
            return null;
        }
    }

    private async Task<string> LearnerNameAsync(Enrolment enrolment, CancellationToken ct)
    {
        if (enrolment.CustomerId is { } customerId)
            return (await records.FindAsync<CustomerRecord>(customerId, ct))?.Name ?? $"customer {customerId}";
        var user = (await directory.UsersAsync(ct)).SingleOrDefault(u => u.Id == enrolment.UserId);
        return user?.Name ?? $"user {enrolment.UserId}";
    }
}
