using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Feedback.Tests.Support;
using static PluginCrm.Feedback.Tests.Surveys.SurveyHost;

namespace PluginCrm.Feedback.Tests.Surveys;

/// <summary>
/// ICustomerSatisfaction as another plugin resolves it: per customer the latest NPS and the latest CSAT, each with its own
/// time, as of a moment (inclusive); an anonymous survey's answers never count; null while the module is off.
/// </summary>
public sealed class LatestSatisfactionTests : FeedbackTest
{
    private static readonly DateTime October = new(2025, 10, 2, 9, 0, 0, DateTimeKind.Utc), November = new(2025, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Each_score_is_the_latest_given_by_the_moment_asked_with_its_own_time()
    {
        await PublishedAsync(feedback);
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        var other = await ConsentingCustomerAsync(feedback, "Li Wei");
        await EnterAsync(customer, October, new { nps = 3, csat = 2 });
        await EnterAsync(customer, November, new { nps = 9 });
        // Two answers at the same time: the one stored last counts.
        await EnterAsync(other, October, new { nps = 10, csat = 5 });
        await EnterAsync(other, October, new { nps = 4, csat = 1 });

        var inOctober = await LatestAsync(November.AddTicks(-10));
        var atNovember = await LatestAsync(November);

        Assert.Equal(new CustomerSatisfaction(3, October, 2, October), inOctober![customer]);
        Assert.Equal(new CustomerSatisfaction(9, November, 2, October), atNovember![customer]);
        Assert.Equal(new CustomerSatisfaction(4, October, 1, October), atNovember[other]);
        Assert.Empty((await LatestAsync(October.AddTicks(-10)))!);
    }

    [Fact]
    public async Task An_anonymous_surveys_answers_never_count()
    {
        await PublishedAsync(feedback, Definition("pulse", "Quick pulse", anonymous: true));
        var customer = await ConsentingCustomerAsync(feedback, "陈静");
        await EnterAsync(customer, October, new { nps = 0, csat = 1 }, "pulse");

        Assert.Empty((await LatestAsync(November))!);
    }

    [Fact]
    public async Task While_the_module_is_off_it_answers_null()
    {
        await PublishedAsync(feedback);
        await EnterAsync(await ConsentingCustomerAsync(feedback, "陈静"), October, new { nps = 3 });
        (await feedback.Admin.PostAsync("/api/plugins/feedback/disable", null)).EnsureSuccessStatusCode();

        Assert.Null(await LatestAsync(November));
    }

    private async Task<IReadOnlyDictionary<long, CustomerSatisfaction>?> LatestAsync(DateTime asOfUtc)
    {
        await using var scope = feedback.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICustomerSatisfaction>().LatestAsync(asOfUtc, CancellationToken.None);
    }

    private async Task EnterAsync(long customerId, DateTime answeredUtc, object answers, string survey = "after-delivery") =>
        await (await feedback.Admin.Post($"{SurveysApi}/{survey}/answers", new { customerId, channel = "phone", answeredUtc, answers })).As<JsonElement>();
}
