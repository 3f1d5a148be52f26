using PluginCrm.Sdk.Modules;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>Leads changed while the module was off ran none of its steps: the open-lead counts are rebuilt by the next assignment.</summary>
public sealed class RecountOnEnable(OpenLeadCounts counts) : IModuleEnabledHandler
{
    public Task OnEnabledAsync(ModuleEnabled enabled, CancellationToken cancellationToken) => counts.ForgetAsync(cancellationToken);
}
