using Microsoft.AspNetCore.Routing;
using PluginCrm.Bench.Plugin.BareCustomers;
using PluginCrm.Bench.Plugin.Data;
using PluginCrm.Bench.Plugin.Steps;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Bench.Plugin;

/// <summary>
/// What the pipeline benchmark measures against: ten steps that do nothing on <c>customer.create</c>, so any
/// time they add is the pipeline's own, and a bare insert endpoint that skips the pipeline altogether; and, for the
/// webhook benchmark, a PostCommit step that does nothing on <c>interaction.create</c>.
/// </summary>
public sealed class BenchPlugin : ICrmPlugin
{
    // Spread over the three stages that run inside the request (PostCommit runs later, from the outbox),
    // so the cost covers both sides of the transaction.
    public void Configure(IPluginBuilder plugin) => plugin
        .AddDbContext<BenchDbContext>()
        .AddStep<NoOpStep01>("customer.create", PipelineStage.PreValidation, 1)
        .AddStep<NoOpStep02>("customer.create", PipelineStage.PreValidation, 2)
        .AddStep<NoOpStep03>("customer.create", PipelineStage.PreValidation, 3)
        .AddStep<NoOpStep04>("customer.create", PipelineStage.PreValidation, 4)
        .AddStep<NoOpStep05>("customer.create", PipelineStage.PreOperation, 1)
        .AddStep<NoOpStep06>("customer.create", PipelineStage.PreOperation, 2)
        .AddStep<NoOpStep07>("customer.create", PipelineStage.PreOperation, 3)
        .AddStep<NoOpStep08>("customer.create", PipelineStage.PostOperation, 1)
        .AddStep<NoOpStep09>("customer.create", PipelineStage.PostOperation, 2)
        .AddStep<NoOpStep10>("customer.create", PipelineStage.PostOperation, 3)
        .AddStep<InteractionPostCommitStep>("interaction.create", PipelineStage.PostCommit, 1);

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapCreateBareCustomer();
}
