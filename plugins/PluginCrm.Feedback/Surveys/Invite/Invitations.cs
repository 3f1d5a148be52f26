using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.Invite;

/// <summary>
/// Invites a customer the caller reads to a published survey: only with the customer's consent to be contacted, and not
/// again within the quiet period after the last invitation, whatever the survey.
/// </summary>
public sealed class Invitations(FeedbackDbContext db, SurveyAdmin surveys, ICrmRecords records, ISettings<FeedbackSettings> settings, TimeProvider time)
{
    public async Task<InvitationView> InviteAsync(string key, InviteRequest request, ActingUser user, CancellationToken ct)
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
        if (survey.Status != SurveyStatus.Published)
            throw new RecordConflictException($"survey '{key}' is {survey.Status}; only a published survey takes answers");
        if (!customer!.ConsentToContact)
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
            CreatedUtc = now, ExpiresUtc = now.AddDays(request.ExpiresInDays ?? options.SurveyLinkDays), CreatedByUserId = user.UserId,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return new InvitationView(invitation.Id, key, invitation.VersionNumber, customer.Id, invitation.ExpiresUtc, token, $"/api/feedback/answer/{token}");
    }
}
