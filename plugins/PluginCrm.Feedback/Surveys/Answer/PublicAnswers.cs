using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Invite;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// The customer's side of an invitation, with the token as the only credential: a token that matches nothing (mistyped,
/// tampered) is not found; an expired, used or closed one is refused in words the customer understands.
/// </summary>
public sealed class PublicAnswers(FeedbackDbContext db, AnswerRecorder recorder, FollowUp.AnswerFollowUps followUps, TimeProvider time)
{
    public async Task<PublicSurvey> ShowAsync(string token, CancellationToken ct)
    {
        var (invitation, survey, version) = await OpenAsync(token, ct);
        var definition = SurveyJson.Read(version.Definition);
        return new PublicSurvey(definition.Title!, version.Number, definition.Pages!, invitation.ExpiresUtc);
    }

    public async Task<AnswerReceipt> AnswerAsync(string token, AnswerRequest request, CancellationToken ct)
    {
        var (invitation, survey, version) = await OpenAsync(token, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var answer = await recorder.AddAsync(survey, version.Number, SurveyJson.Read(version.Definition), invitation.CustomerId, "web", now, null, request.Answers, ct);
        answer.RelatedTo = survey.Anonymous ? null : invitation.RelatedTo;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Single use even when two posts race: only the one that marks the invitation answered saves its answer.
        var marked = await db.Invitations.Where(i => i.Id == invitation.Id && i.AnsweredUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AnsweredUtc, now), ct);
        if (marked == 0)
            throw new RecordConflictException("this link has been used already: a survey is answered once");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await followUps.AfterAsync(answer, survey.Title, ct);
        return new AnswerReceipt(answer.Id, survey.Key, version.Number, answer.AnsweredUtc, answer.Items.Count);
    }

    private async Task<(SurveyInvitation Invitation, Survey Survey, SurveyVersion Version)> OpenAsync(string token, CancellationToken ct)
    {
        var hash = token.Length is > 20 and < 100 ? InvitationTokens.Hash(token) : "";
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct)
            ?? throw new RecordNotFoundException("this survey link is not valid: check that it was copied whole");
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId, ct);
        if (invitation.AnsweredUtc is { } answered)
            throw new RecordConflictException($"this link was used on {answered:yyyy-MM-dd}: a survey is answered once");
        if (invitation.ExpiresUtc <= time.GetUtcNow().UtcDateTime)
            throw new RecordConflictException($"this link expired on {invitation.ExpiresUtc:yyyy-MM-dd}");
        if (survey.Status != SurveyStatus.Published)
            throw new RecordConflictException("this survey is closed and takes no more answers");
        var version = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == survey.Id && v.Number == invitation.VersionNumber, ct);
        return (invitation, survey, version);
    }
}
