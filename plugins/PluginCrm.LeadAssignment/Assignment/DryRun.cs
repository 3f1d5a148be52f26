namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// The state of a dry run over several records: rotation credits and open leads as they would be after the
/// records decided so far, starting from the stored ones, without writing anything.
/// </summary>
public sealed class DryRun
{
    private readonly Dictionary<(string Rotation, long UserId), long> credits = [];
    private readonly Dictionary<long, int> extraLoad = [];

    public long? Credit(string rotation, long userId) => credits.TryGetValue((rotation, userId), out var c) ? c : null;

    public void AddLoads(Dictionary<long, int> load)
    {
        foreach (var (userId, extra) in extraLoad)
            load[userId] = load.GetValueOrDefault(userId) + extra;
    }

    public void Record(string rotation, IReadOnlyDictionary<long, long> newCredits, long winner)
    {
        foreach (var (userId, credit) in newCredits)
            credits[(rotation, userId)] = credit;
        extraLoad[winner] = extraLoad.GetValueOrDefault(winner) + 1;
    }
}
