using Microsoft.AspNetCore.Routing;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.LeadAssignment.Pool.Claim;
using PluginCrm.LeadAssignment.Reps;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Transfers;

namespace PluginCrm.LeadAssignment;

/// <summary>Maps <c>/api/lead-assignment</c>.</summary>
public static class LeadAssignmentEndpoints
{
    public static void MapLeadAssignmentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapRules();
        api.MapDryRun();
        api.MapAssignOnDemand();
        api.MapReps();
        api.MapListPool();
        api.MapListQueue();
        api.MapClaim();
        api.MapTransfer();
        api.MapAudit();
        api.MapDuplicates();
    }
}
