namespace PluginCrm.LeadAssignment.Ownership;

/// <summary>Scoped: the owner change the current request or job is licensed to make through the core records.</summary>
public sealed class OwnershipLicence
{
    public OwnershipChange? Pending { get; set; }
}
