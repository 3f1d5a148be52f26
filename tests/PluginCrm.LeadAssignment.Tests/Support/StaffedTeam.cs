namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>A test team with signed-in reps and a signed-in manager: the callers of the tests of who may do what.</summary>
public sealed record StaffedTeam(long Id, List<Rep> Reps, long ManagerId, HttpClient Manager);
