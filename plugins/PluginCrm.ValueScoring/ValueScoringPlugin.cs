using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Sdk.Data;
using PluginCrm.ValueScoring.Contracts;
using PluginCrm.ValueScoring.Api;
using PluginCrm.ValueScoring.Cli;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Nightly;
using PluginCrm.ValueScoring.OrderUpdates;
using PluginCrm.ValueScoring.Runs;
using PluginCrm.ValueScoring.Values;

namespace PluginCrm.ValueScoring;

/// <summary>Customer value (客户价值评估): RFM, ABC, simple and probabilistic CLV, churn warnings, each explained.</summary>
public sealed class ValueScoringPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.Services.AddScoped<ScoringRunner>();
        plugin.Services.AddScoped<Churn.AtRiskStages>();
        plugin.Services.AddScoped<ModelFitter>();
        plugin.Services.AddScoped<CustomerRescorer>();
        plugin
            .AddContract<ICustomerValues, LatestRunCustomerValues>()
            .AddSettings<ValueScoringSettings>()
            .AddDbContext<ValueScoringDbContext>()
            .AddJob<NightlyRescoreJob>("nightly-rescore", TimeSpan.FromHours(1))
            .AddStep<OrderCreatedStep>(CoreMessages.Order.Create, PipelineStage.PostCommit, 100)
            .OnEnabled<CatchUpOnEnable>()
            .AddCommand<ScoringCommand>()
            .AddTimelineSource<Timeline.ScoreTimelineSource>()
            .AddScreens(Screens.ValueScoringScreens.Set)
            .AddDemo<Demo.ValueScoringDemo>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapValueScoringEndpoints();
}
