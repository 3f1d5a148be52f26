namespace PluginCrm.LeadAssignment.Strategies;

/// <summary>A rep a rule may hand a lead to, with what decides whether and when it gets one.</summary>
/// <param name="UserId">The rep.</param>
/// <param name="Active">False for departed staff.</param>
/// <param name="AbsentUntilUtc">Takes no new work until then.</param>
/// <param name="Weight">Its share in a weighted rotation.</param>
/// <param name="Cap">At most this many open leads; null: no cap.</param>
/// <param name="OpenLeads">Open leads it owns now.</param>
/// <param name="Credit">Its running credit in the rotation (smooth weighted round robin).</param>
public sealed record Candidate(long UserId, bool Active, DateTime? AbsentUntilUtc, int Weight, int? Cap, int OpenLeads, long Credit);
