using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Answer;

/// <summary>
/// An answer a rep enters from a call or a visit, or an integration posts: about a customer the caller reads, to the
/// survey's current version, through a named channel; a published or closed survey (a late answer still counts).
/// </summary>
public sealed class EnteredAnswers(
    Data.FeedbackDbContext db, SurveyAdmin surveys, AnswerRecorder recorder, FollowUp.AnswerFollowUps followUps, ICrmRecords records, TimeProvider time)
{
    public async Task<AnswerReceipt> EnterAsync(string key, EnteredAnswerRequest request, ActingUser user, CancellationToken ct)
    {
        var survey = await surveys.FindAsync(key, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        var channel = request.Channel?.Trim().ToLowerInvariant() ?? "phone";
        if (!AnswerRecorder.Channels.Contains(channel))
            errors["channel"] = [$"'{request.Channel}' is not one of {string.Join(", ", AnswerRecorder.Channels)}"];
        if (request.CustomerId is not { } customerId)
            errors["customerId"] = ["is required"];
        else if (await records.FindAsync<CustomerRecord>(customerId, user, ct) is null)
            errors["customerId"] = [$"there is no customer {customerId}"];
        var answered = request.AnsweredUtc?.ToUniversalTime() ?? now;
        if (answered > now)
            errors["answeredUtc"] = [$"{answered:u} is in the future"];
        if (errors.Count > 0)
            throw new RecordValidationException(errors);
        if (survey.CurrentVersion == 0)
            throw new RecordConflictException($"survey '{key}' has never been published; there is no version to answer");
        var version = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == survey.Id && v.Number == survey.CurrentVersion, ct);
        var answer = await recorder.AddAsync(survey, version.Number, SurveyJson.Read(version.Definition), request.CustomerId, channel, answered, user.UserId, request.Answers, ct);
        await db.SaveChangesAsync(ct);
        await followUps.AfterAsync(answer, survey.Title, ct);
        return new AnswerReceipt(answer.Id, key, version.Number, answer.AnsweredUtc, answer.Items.Count);
    }
}
