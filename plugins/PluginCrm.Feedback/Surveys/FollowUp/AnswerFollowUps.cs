using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.Feedback.Surveys.FollowUp;

/// <summary>
/// Closes the loop on a fresh answer about a known customer (the settings' rules): a detractor's NPS gives the customer's
/// owner a task to call back, due the next day; a dissatisfied CSAT tells the owner's team manager in the in-app inbox
/// (template <c>feedback.survey-dissatisfied</c>, once per answer). An answer older than the rules' window (entered
/// late, imported) or anonymous is not followed up.
/// </summary>
public sealed class AnswerFollowUps(
    IServiceProvider services, ICrmRecords records, ICrmDirectory directory, ISettings<FeedbackSettings> settings, TimeProvider time,
    ILogger<AnswerFollowUps> logger)
{
    public const string DissatisfiedTemplate = "feedback.survey-dissatisfied";

    /// <summary>What the answer set off: the task's id, whether the manager was told.</summary>
    public async Task<(long? TaskId, bool ManagerTold)> AfterAsync(SurveyAnswer answer, string surveyTitle, CancellationToken ct)
    {
        var options = await settings.GetAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (answer.CustomerId is not { } customerId || answer.OwnerId is not { } owner || answer.AnsweredUtc < now.AddDays(-options.FollowUpWithinDays))
            return (null, false);
        int? Score(string type) => answer.Items.FirstOrDefault(i => i.QuestionType == type)?.Number;

        long? task = null;
        if (Score(QuestionTypes.Nps) is { } nps && nps <= options.DetractorTaskUpTo)
        {
            var customer = await records.FindAsync<CustomerRecord>(customerId, ct);
            var comment = answer.Items.FirstOrDefault(i => i.QuestionType == QuestionTypes.Text)?.Text;
            task = (await records.CreateAsync(new TaskRecord(0, $"Call back {customer?.Name}: NPS {nps} on {surveyTitle}",
                comment is null ? $"Survey answer {answer.Id}." : $"Survey answer {answer.Id}: \"{comment}\"", now.AddDays(1), owner, null,
                TaskPriority.High, false, null, $"customer:{customerId}", now, now, 0), ActingUser.System, ct)).Id;
        }
        var told = false;
        if (Score(QuestionTypes.Csat) is { } csat && csat <= options.DissatisfiedAlertUpTo && await ManagerOfAsync(owner, ct) is { } manager)
            told = await TellAsync(manager, answer, surveyTitle, csat, ct);
        return (task, told);
    }

    private async Task<long?> ManagerOfAsync(long owner, CancellationToken ct)
    {
        var team = (await directory.UsersAsync(ct)).FirstOrDefault(u => u.Id == owner)?.TeamId;
        return team is { } id ? (await directory.TeamsAsync(ct)).FirstOrDefault(t => t.Id == id)?.ManagerId : null;
    }

    private async Task<bool> TellAsync(long manager, SurveyAnswer answer, string surveyTitle, int csat, CancellationToken ct)
    {
        if (services.GetService<INotifications>() is not { } notifications)
            return false;
        var model = new Dictionary<string, object?>
        {
            ["survey"] = surveyTitle, ["csat"] = csat, ["customer_id"] = answer.CustomerId, ["owner_id"] = answer.OwnerId, ["answer_id"] = answer.Id,
        };
        try
        {
            return (await notifications.QueueAsync(new Notification(DissatisfiedTemplate, NotificationRecipient.User(manager), model, $"survey-dissatisfied:{answer.Id}"), ct)).Queued;
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning("Manager {UserId} not told of answer {AnswerId}: {Reason}", manager, answer.Id, ex.Message);
            return false;
        }
    }
}
