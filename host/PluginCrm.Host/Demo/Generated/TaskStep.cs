namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Where the demo's tasks will be generated once the <c>task</c> record kind lands (branch <c>tasks</c>): follow-ups due
/// today and overdue ones, owned by reps, on customers, leads and deals of <see cref="DemoCompany"/>. Until then it writes
/// nothing and says nothing, so the generated data stays the same.
/// </summary>
public static class TaskStep
{
    public static Task<string?> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct) => Task.FromResult<string?>(null);
}
