namespace PluginCrm.LeadAssignment.Tests.Support;

/// <summary>
/// A host of its own for each test, with two staffed teams, East and West: the setting of the tests of who may see and
/// do what, where a caller of the one team must get nothing of the other's.
/// </summary>
public abstract class TwoTeams(int repsPerTeam = 2) : IAsyncLifetime
{
    protected AssignmentHost Host { get; private set; } = null!;
    protected StaffedTeam East { get; private set; } = null!;
    protected StaffedTeam West { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Host = await AssignmentHost.StartAsync();
        East = await Host.StaffedTeamAsync("East", repsPerTeam);
        West = await Host.StaffedTeamAsync("West", repsPerTeam);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
