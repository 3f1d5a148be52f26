using Acme.Loyalty.Awards;
using Acme.Loyalty.Cli;
using Acme.Loyalty.Data;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;

namespace Acme.Loyalty;

/// <summary>Loyalty points: a customer earns points on every order, at the rate an admin sets, and by hand; with screens in the console.</summary>
public sealed class LoyaltyPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin) => plugin
        .AddSettings<LoyaltySettings>()
        .AddDbContext<LoyaltyDbContext>()
        .AddStep<AwardPointsStep>(CoreMessages.Order.Create, PipelineStage.PostOperation, 100)
        .AddTemplateFunctions<LoyaltyTemplateFunctions>()
        .AddCommand<LoyaltyCommand>()
        .AddScreens(Screens.LoyaltyScreens.Set);

    /// <summary>Maps the plugin's endpoints; the host puts them under <c>/api/loyalty</c> (the plugin's id).</summary>
    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapLoyaltyEndpoints();
}
