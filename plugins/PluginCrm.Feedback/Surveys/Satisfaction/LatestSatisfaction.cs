using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Modules;

namespace PluginCrm.Feedback.Surveys.Satisfaction;

/// <summary>
/// <see cref="ICustomerSatisfaction"/> for other plugins: each customer's latest NPS and latest CSAT, while the module is
/// on. One query keeps the newest scored item per customer and type (ties: the answer, then the item, stored last).
/// </summary>
public sealed class LatestSatisfaction(FeedbackDbContext db, IModuleSwitches modules) : ICustomerSatisfaction
{
    public async Task<IReadOnlyDictionary<long, CustomerSatisfaction>?> LatestAsync(DateTime asOfUtc, CancellationToken cancellationToken)
    {
        if (!await modules.IsEnabledAsync("feedback", cancellationToken))
            return null;
        // An anonymous survey's answers are stored without a customer, so the customer filter leaves them out.
        var answers = db.Answers.AsNoTracking().Where(a => a.CustomerId != null && a.AnsweredUtc <= asOfUtc);
        var scored = db.Set<SurveyAnswerItem>().AsNoTracking()
            .Where(i => (i.QuestionType == QuestionTypes.Nps || i.QuestionType == QuestionTypes.Csat) && i.Number != null);
        var latest = await answers
            .Join(scored, a => a.Id, i => i.AnswerId, (a, i) => new
            {
                CustomerId = a.CustomerId!.Value, a.AnsweredUtc, AnswerId = a.Id, ItemId = i.Id, i.QuestionType, Number = i.Number!.Value,
            })
            .GroupBy(r => new { r.CustomerId, r.QuestionType })
            .Select(g => g.OrderByDescending(r => r.AnsweredUtc).ThenByDescending(r => r.AnswerId).ThenByDescending(r => r.ItemId).First())
            .ToListAsync(cancellationToken);
        return latest.GroupBy(r => r.CustomerId).ToDictionary(g => g.Key, g =>
        {
            var nps = g.SingleOrDefault(r => r.QuestionType == QuestionTypes.Nps);
            var csat = g.SingleOrDefault(r => r.QuestionType == QuestionTypes.Csat);
            return new CustomerSatisfaction(nps?.Number, Utc(nps?.AnsweredUtc), csat?.Number, Utc(csat?.AnsweredUtc));
        });
    }

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
