using PluginCrm.Host.Api;

namespace PluginCrm.Host.Pipeline;

/// <summary>Every change as a message through the plugins' steps, in one transaction, with PostCommit steps from the outbox.</summary>
public static class PipelineFeature
{
    public static void AddPipeline(this IServiceCollection services, bool inBackground)
    {
        services.AddScoped<MessagePipeline>();
        services.AddSingleton<IProblemMapper, PipelineProblem>();
        services.AddSingleton<MessageCatalog>();
        services.AddScoped<Sdk.Pipeline.IPluginMessages, PluginMessages>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDelivery>(sp => sp.GetRequiredService<OutboxDispatcher>());
        if (inBackground)
            services.AddHostedService<OutboxService>();
    }
}
