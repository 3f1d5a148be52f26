using Microsoft.Extensions.DependencyInjection;
using PluginCrm.CustomerCare.Birthdays;
using PluginCrm.CustomerCare.Complaints;
using PluginCrm.CustomerCare.FollowUps;
using PluginCrm.CustomerCare.Holidays;
using PluginCrm.CustomerCare.Sending;
using PluginCrm.Feedback.Contracts;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.CustomerCare;

/// <summary>
/// Customer care (客户关怀): greetings and follow-ups sent through the host's notifications. The jobs run hourly and may
/// run as often as they like: each message has an occasion (<c>birthday:2026</c>, ...) that the host accepts once per customer.
/// Complaints are heard through the feedback plugin's <c>complaint.close</c> and <c>complaint.reopen</c> messages.
/// </summary>
public sealed class CustomerCarePlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<CareSender>();
        plugin
            .AddSettings<CustomerCareSettings>()
            .AddJob<BirthdayGreetingsJob>("birthday-greetings", TimeSpan.FromHours(1))
            .AddJob<HolidayGreetingsJob>("holiday-greetings", TimeSpan.FromHours(1))
            .AddJob<OrderFollowUpJob>("order-follow-up", TimeSpan.FromHours(1))
            .AddStep<ComplaintFollowUpStep>(FeedbackMessages.Close, PipelineStage.PostOperation, 100)
            .AddStep<WithdrawFollowUpStep>(FeedbackMessages.Reopen, PipelineStage.PostOperation, 100)
            .AddDemo<Demo.CustomerCareDemo>();
    }
}
