namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// How many open leads (new, contacted, qualified) a user owns, kept by the plugin's steps in the transaction of each
/// change, so a least-loaded pick or a cap reads a few rows instead of counting every open lead.
/// </summary>
public sealed class OpenLeadCount
{
    public long OwnerId { get; set; }
    public int OpenLeads { get; set; }
}
