using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Cli;
using PluginCrm.LeadAssignment.Conversion;
using PluginCrm.LeadAssignment.Capture;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Deadline;
using PluginCrm.LeadAssignment.Notify;
using PluginCrm.LeadAssignment.Pool.Claim;
using PluginCrm.LeadAssignment.Pool.Reclaim;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Transfers;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.LeadAssignment;

/// <summary>Lead assignment: rules and rotations on lead.create and on customer.create without an owner, ownership protection, the public pool, duplicates, transfers, audit; a converted lead leaves the pool, queue and duplicate index.</summary>
public sealed class LeadAssignmentPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.AddScreens(Screens.LeadAssignmentScreens.Set);
        plugin.AddSettings<LeadAssignmentSettings>().AddDbContext<LeadAssignmentDbContext>()
            .AddJob<ReclaimJob>("reclaim", TimeSpan.FromHours(1))
            .AddJob<DrainQueueJob>("drain-queue", TimeSpan.FromMinutes(5))
            .AddJob<ResponseDeadlineJob>("response-deadline", TimeSpan.FromMinutes(15))
            .AddDaySection<ReclaimSoonSection>()
            .AddCommand<AssignmentCommand>()
            .AddTimelineSource<Audit.DecisionTimelineSource>()
            .AddDemo<Demo.LeadAssignmentDemo>();
        // A lead or customer created without an owner is routed by the rules; one created with an owner is left alone.
        foreach (var message in new[] { CoreMessages.Lead.Create, CoreMessages.Customer.Create })
            plugin.AddStep<AssignOnCreateStep>(message, PipelineStage.PreOperation, 100)
                .AddStep<AfterCreateStep>(message, PipelineStage.PostOperation, 100);
        foreach (var message in new[] { CoreMessages.Customer.Update, CoreMessages.Lead.Update })
            plugin.AddStep<OwnershipGuardStep>(message, PipelineStage.PreValidation, 100)
                .AddStep<OwnershipChangeStep>(message, PipelineStage.PreOperation, 100);

        foreach (var message in new[] { CoreMessages.Lead.Create, CoreMessages.Customer.Create })
            plugin.AddStep<DuplicateCheckStep>(message, PipelineStage.PreValidation, 50);
        foreach (var message in new[] { CoreMessages.Lead.Create, CoreMessages.Lead.Update, CoreMessages.Lead.Delete, CoreMessages.Lead.Purge, CoreMessages.Customer.Create, CoreMessages.Customer.Update, CoreMessages.Customer.Delete, CoreMessages.Customer.Purge })
            plugin.AddStep<IndexContactsStep>(message, PipelineStage.PostOperation, 200);

        // The open-lead counts that least-loaded picks and caps read, kept in each change's transaction.
        foreach (var message in new[] { CoreMessages.Lead.Create, CoreMessages.Lead.Update, CoreMessages.Lead.Delete, CoreMessages.Lead.Purge, CoreMessages.Lead.Convert })
            plugin.AddStep<OpenLeadsStep>(message, PipelineStage.PostOperation, 150);
        plugin.OnEnabled<RecountOnEnable>();
        // The directory is cached with the rules: a change to users or teams moves the config stamp in its transaction.
        plugin.OnDirectoryChanged<DirectoryStale>();

        plugin.AddStep<ConversionStartStep>(CoreMessages.Lead.Convert, PipelineStage.PreOperation, 100)
            .AddStep<ConvertedLeadStep>(CoreMessages.Lead.Convert, PipelineStage.PostOperation, 100);

        var services = plugin.Services;
        services.AddScoped(sp => new RuleMatcher(sp.GetService<IRuleEvaluator>()));
        services.AddSingleton<AssignmentConfig>();
        services.AddScoped<Statements>().AddScoped<AssignmentEngine>().AddScoped<OpenLeadCounts>().AddScoped<RotationCredits>().AddScoped<DecisionLog>().AddScoped<VisibleDecisions>().AddScoped<PublicPool>()
            .AddScoped<OwnershipLicence>().AddScoped<OwnerWriter>().AddScoped<Protection>().AddScoped<ContactIndex>().AddScoped<DuplicateDisclosure>()
            .AddScoped<OwnerNotices>().AddScoped<ReclaimSchedule>().AddScoped<ClaimService>().AddScoped<TransferService>().AddScoped<DeferredAssignment>().AddScoped<LeadConversionScope>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapLeadAssignmentEndpoints();
}
