using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>Reads the owner of the record kinds the plugin guards.</summary>
public static class Owners
{
    public static (string Type, long Id, long? Owner)? Of(object? record) => record switch
    {
        CustomerRecord c => ("customer", c.Id, c.OwnerId),
        LeadRecord l => ("lead", l.Id, l.OwnerId),
        _ => null,
    };
}
