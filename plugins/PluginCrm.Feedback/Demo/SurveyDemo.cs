using System.Text.Json;
using PluginCrm.Feedback.Surveys.Answer;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Feedback.Surveys.Invite;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Demo;

/// <summary>
/// The demo's after-sales survey (bilingual, published): a year of answers the owners entered from their calls, getting
/// better month by month, and the last two weeks' invitations by link, most answered by the customers themselves.
/// </summary>
public sealed class SurveyDemo(SurveyAdmin surveys, EnteredAnswers entered, Invitations invitations, PublicAnswers answers, Entries.FeedbackEntries entries)
{
    public const string Key = "after-sales";
    public const int Called = 360, Invited = 40;

    public static readonly SurveyDefinition Definition = new(Key, "售后满意度 · After-sales satisfaction", false,
    [
        new SurveyPage(null,
        [
            new SurveyQuestion("nps", QuestionTypes.Nps, "您向朋友推荐我们的可能性有多大？ How likely are you to recommend us to a friend?", Required: true),
            new SurveyQuestion("csat", QuestionTypes.Csat, "您对这次服务满意吗？ How satisfied are you with our service?", Required: true),
            new SurveyQuestion("effort", QuestionTypes.Ces, "解决问题有多容易？(1 很容易 – 7 很困难) How easy was it to get what you needed? (1 very easy – 7 very difficult)"),
            new SurveyQuestion("why", QuestionTypes.Text, "我们哪里可以做得更好？ What should we do better?", ShowIf: new QuestionCondition("nps", ["0", "1", "2", "3", "4", "5", "6"])),
        ]),
    ]);

    private static readonly (string Kind, string Text, string Category, int? Rating)[] Remarks =
    [
        ("review", "客服很耐心，问题解决得很及时。", "service", 5), ("review", "质量不错，就是送货有点慢。", "delivery", 4),
        ("review", "The chair broke after a week. Very disappointed.", "product", 1), ("suggestion", "希望能提供周末送货。", "delivery", null),
        ("suggestion", "Please send invoices as PDF by e-mail.", "billing", null), ("comment", "Nobody answered the phone yesterday.", "service", null),
        ("comment", "发票已经收到，谢谢。", "billing", null), ("review", "Quick delivery and friendly staff, thank you!", "delivery", 5),
    ];

    private static readonly string[] Comments = ["送货太慢了。", "客服态度不错，但是等了很久。", "Delivery took too long.", "Nobody called me back."];

    /// <summary>The templates of the survey's notices: a dissatisfied answer, an invitation by link.</summary>
    public static async Task ConfigureAsync(DemoContext context, CancellationToken ct)
    {
        await context.Templates.SaveMessageAsync(Surveys.FollowUp.AnswerFollowUps.DissatisfiedTemplate, "Tells a manager a customer was dissatisfied",
            "Subject: CSAT {{ csat }} from customer {{ customer_id }}\n\nOn {{ survey }}. The owner has been given a call-back task if it was a detractor.", ct);
        await context.Templates.SaveMessageAsync("feedback.survey-invitation", "Sends a customer the link to a survey",
            "Subject: {{ survey }}\n\n请花一分钟告诉我们您的感受 · Please take a minute to tell us how we did:\n{{ link }}\n\n(链接有效期至 · The link works until {{ crm_date.format expires_utc 'yyyy-MM-dd' }}.)", ct);
    }

    public async Task SeedAsync(DemoContext context, CancellationToken ct)
    {
        await surveys.CreateAsync(Definition, ct);
        await surveys.PublishAsync(Key, ct);
        var r = context.Random;
        var now = context.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < Called; i++)
        {
            var customer = await OwnedCustomerAsync(context, ct);
            if (customer is null)
                continue;
            var daysAgo = r.Next(14, 365);
            var owner = context.Teams.SelectMany(t => t.Reps).Single(u => u.UserId == customer.OwnerId);
            await entered.EnterAsync(Key, new EnteredAnswerRequest(customer.Id, r.Next(4) == 0 ? "visit" : "phone", now.AddDays(-daysAgo).AddMinutes(-r.Next(600)),
                Answers(r, better: 1 - daysAgo / 365.0)), owner, ct);
        }
        var answered = 0;
        for (var i = 0; i < Invited; i++)
        {
            var customer = await OwnedCustomerAsync(context, ct);
            if (customer is not { ConsentToContact: true })
                continue;
            var owner = context.Teams.SelectMany(t => t.Reps).Single(u => u.UserId == customer.OwnerId);
            InvitationView invitation;
            try
            {
                invitation = await invitations.InviteAsync(Key, new InviteRequest(customer.Id), owner, ct);
            }
            catch (RecordConflictException)
            {
                continue; // asked already within the quiet period
            }
            if (r.Next(4) == 0)
                continue; // not answered yet
            await answers.AnswerAsync(invitation.Token, new AnswerRequest(Answers(r, better: 1)), ct);
            answered++;
        }
        var noted = 0;
        for (var i = 0; i < 40; i++)
        {
            var customer = await OwnedCustomerAsync(context, ct);
            if (customer is null)
                continue;
            var owner = context.Teams.SelectMany(t => t.Reps).Single(u => u.UserId == customer.OwnerId);
            var (kind, text, category, rating) = Remarks[r.Next(Remarks.Length)];
            await entries.AddAsync(new Entries.EntryRequest(customer.Id, kind, text, category, r.Next(2) == 0 ? "phone" : "web", rating, now.AddDays(-r.Next(0, 60))), owner, ct);
            noted++;
        }
        context.Progress.Report($"survey '{Key}' with {Called} answers entered from calls and {answered} given by link; {noted} suggestions, reviews and comments");
    }

    private static async Task<CustomerRecord?> OwnedCustomerAsync(DemoContext context, CancellationToken ct) =>
        await context.Records.FindAsync<CustomerRecord>(context.CustomerIds[context.Random.Next(context.CustomerIds.Count)], ct) is { OwnerId: not null } customer
            ? customer : null;

    // Detractors grow rarer as the year goes on (better from 0 to 1), so the NPS trend rises.
    private static Dictionary<string, JsonElement> Answers(Random r, double better)
    {
        var roll = r.NextDouble();
        var nps = roll < 0.35 - 0.15 * better ? r.Next(0, 7) : roll < 0.65 - 0.1 * better ? r.Next(7, 9) : r.Next(9, 11);
        var csat = nps >= 9 ? r.Next(4, 6) : nps >= 7 ? r.Next(3, 6) : r.Next(1, 4);
        var answers = new Dictionary<string, JsonElement>
        {
            ["nps"] = JsonSerializer.SerializeToElement(nps), ["csat"] = JsonSerializer.SerializeToElement(csat),
            ["effort"] = JsonSerializer.SerializeToElement(nps >= 7 ? r.Next(1, 4) : r.Next(3, 8)),
        };
        if (nps <= 6 && r.Next(2) == 0)
            answers["why"] = JsonSerializer.SerializeToElement(Comments[r.Next(Comments.Length)]);
        return answers;
    }
}
