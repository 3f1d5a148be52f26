using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>Reads the owner of the record kinds the plugin guards.</summary>
public static class Owners
{
    /// <summary>An owner change of a customer or lead: the record, its owner before and after.</summary>
    public sealed record Change(string Type, long Id, long? From, long? To);

    /// <summary>The owner change <paramref name="context"/> carries, or null when the owner stays.</summary>
    public static Change? ChangeIn(PipelineContext context) =>
        (Of(context.Before), Of(context.Target)) is ({ } before, { } after) && before.Owner != after.Owner
            ? new Change(after.Type, after.Id, before.Owner, after.Owner)
            : null;

    private static (string Type, long Id, long? Owner)? Of(object? record) => record switch
    {
        CustomerRecord c => ("customer", c.Id, c.OwnerId),
        LeadRecord l => ("lead", l.Id, l.OwnerId),
        _ => null,
    };
}
