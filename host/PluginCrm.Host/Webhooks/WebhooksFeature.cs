using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Webhooks.Delivery;
using PluginCrm.Host.Webhooks.Queue;
using PluginCrm.Host.Webhooks.Subscriptions;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Host.Webhooks;

/// <summary>
/// Webhooks: an admin subscribes a URL to messages; each change that matches writes a delivery in its own transaction,
/// which the outbox loop sends signed, at least once, with back-off; <c>/api/webhooks</c>, <c>crm webhooks</c>.
/// </summary>
public static class WebhooksFeature
{
    public static void AddWebhooks(this IServiceCollection services, WebhookOptions options)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddWebhookHttp();
        services.AddSingleton<WebhookClient>();
        services.AddScoped<WebhookQueue>();
        services.AddScoped<ICommitListener>(sp => sp.GetRequiredService<WebhookQueue>());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<IOutboxDelivery>(sp => sp.GetRequiredService<WebhookSender>());
        services.AddScoped<WebhookRules>();
        services.AddScoped<WebhookSubscriptions>();
    }

    public static void MapWebhooks(this IEndpointRouteBuilder app) => app.MapWebhooksApi();

    public static IEnumerable<Command> Commands(ICommandHost host) => [new WebhookCommands(host).Create()];
}
