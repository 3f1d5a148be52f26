using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// Invites a customer the caller reads to a published survey: only with the customer's consent to be contacted, and not
/// again within the quiet period after the last invitation, whatever the survey. The link is e-mailed through the
/// settings' template when there is one (the host checks consent and address again when it delivers).
/// </summary>
public sealed class Invitations(
    IServiceProvider services, FeedbackDbContext db, SurveyAdmin surveys, ICrmRecords records, ValueAudience audience, ISettings<FeedbackSettings> settings,
    ICrmPublicAddress publicAddress, TimeProvider time)
{
    public async Task<InvitationView> InviteAsync(string key, InviteRequest request, ActingUser user, CancellationToken ct, string wave = "single", string? relatedTo = null)
    {
        var options = await settings.GetAsync(ct);
        var survey = await surveys.FindAsync(key, ct);
        var customer = request.CustomerId is { } id ? await records.FindAsync<CustomerRecord>(id, user, ct) : null;
        var errors = new Dictionary<string, string[]>();
        if (request.CustomerId is null)
            errors["customerId"] = ["is required"];
        else if (customer is null)
            errors["customerId"] = [$"there is no customer {request.CustomerId}"];
        if (request.ExpiresInDays is < 1 or > 90)
            errors["expiresInDays"] = ["must be between 1 and 90"];
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
        return await InviteAsync(survey, customer!, request.ExpiresInDays, user, options, wave, relatedTo, ct);
    }

    /// <summary>
    /// Invites every customer of the request's filters (the customers list's, as the caller reads them; value scoring's
    /// segment or class if asked) as one wave; those without consent or asked within the quiet period are counted, not invited.
    /// </summary>
    public async Task<SegmentInvitation> InviteSegmentAsync(string key, SegmentRequest request, ActingUser user, CancellationToken ct)
    {
        if (request.ExpiresInDays is < 1 or > 90)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["expiresInDays"] = ["must be between 1 and 90"] });
        var options = await settings.GetAsync(ct);
        var survey = await surveys.FindAsync(key, ct);
        // Checked once here: the loop counts only consent and the quiet period, not a survey that takes no answers.
        if (survey.Status != SurveyStatus.Published)
            throw new RecordConflictException($"survey '{survey.Key}' is {survey.Status}; only a published survey takes answers");
        var wave = $"segment:{time.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        var customers = new List<CustomerRecord>();
        await foreach (var customer in records.QueryAsync<CustomerRecord>(request.Filters ?? [], user, ct))
            customers.Add(customer);
        customers = await audience.NarrowAsync(customers, request, ct);
        var (invited, emailed, noConsent, quiet) = (0, 0, 0, 0);
        foreach (var customer in customers)
        {
            try
            {
                emailed += (await InviteAsync(survey, customer, request.ExpiresInDays, user, options, wave, null, ct)).Emailed ? 1 : 0;
                invited++;
            }
            catch (RecordConflictException) when (!customer.ConsentToContact)
            {
                noConsent++;
            }
            catch (RecordConflictException)
            {
                quiet++;
            }
        }
        return new SegmentInvitation(key, wave, customers.Count, invited, emailed, noConsent, quiet);
    }

    private async Task<InvitationView> InviteAsync(Survey survey, CustomerRecord customer, int? expiresInDays, ActingUser user, FeedbackSettings options,
        string wave, string? relatedTo, CancellationToken ct)
    {
        if (survey.Status != SurveyStatus.Published)
            throw new RecordConflictException($"survey '{survey.Key}' is {survey.Status}; only a published survey takes answers");
        if (!customer.ConsentToContact)
            throw new RecordConflictException($"customer {customer.Id} has not agreed to be contacted");
        var now = time.GetUtcNow().UtcDateTime;
        var quietSince = now.AddDays(-options.SurveyQuietDays);
        var last = await db.Invitations.Where(i => i.CustomerId == customer.Id && i.CreatedUtc > quietSince)
            .OrderByDescending(i => i.CreatedUtc).Select(i => (DateTime?)i.CreatedUtc).FirstOrDefaultAsync(ct);
        if (last is { } asked)
            throw new RecordConflictException(
                $"customer {customer.Id} was asked on {asked:yyyy-MM-dd}; the quiet period of {options.SurveyQuietDays} days lasts until {asked.AddDays(options.SurveyQuietDays):yyyy-MM-dd}");

        var token = InvitationTokens.New();
        var invitation = new SurveyInvitation
        {
            SurveyId = survey.Id, VersionNumber = survey.CurrentVersion, CustomerId = customer.Id, TokenHash = InvitationTokens.Hash(token),
            CreatedUtc = now, ExpiresUtc = now.AddDays(expiresInDays ?? options.SurveyLinkDays), CreatedByUserId = user.UserId, Wave = wave, RelatedTo = relatedTo,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = Link(options, token);
        var (emailed, reason) = await EmailAsync(options.SurveyInvitationTemplate, survey, invitation, link, $"survey-invitation:{invitation.Id}", ct);
        return new InvitationView(invitation.Id, survey.Key, invitation.VersionNumber, customer.Id, invitation.ExpiresUtc, token, link, emailed, reason);
    }

    /// <summary>The address a customer opens: the settings' base and the public answer path.</summary>
    public string Link(FeedbackSettings options, string token) =>
        $"{publicAddress.LinkBase(options.SurveyLinkBase)}/api/feedback/answer/{token}";

    /// <summary>Queues the link by e-mail; false with the reason when it is not sent (no template, no consent, no address).</summary>
    public async Task<(bool Emailed, string? Reason)> EmailAsync(string template, Survey survey, SurveyInvitation invitation, string link, string occasion, CancellationToken ct)
    {
        if (template.Length == 0)
            return (false, "no invitation template: the link is not e-mailed");
        if (services.GetService<INotifications>() is not { } notifications)
            return (false, "no notifications in this host");
        var model = new Dictionary<string, object?> { ["survey"] = survey.Title, ["link"] = link, ["expires_utc"] = invitation.ExpiresUtc };
        try
        {
            var result = await notifications.QueueAsync(new Notification(template, NotificationRecipient.Customer(invitation.CustomerId), model, occasion), ct);
            return (result.Queued, result.Reason);
        }
        catch (InvalidOperationException ex)
        {
            return (false, ex.Message); // a template that is missing or fails: the invitation stands, the link was shown
        }
    }
}
