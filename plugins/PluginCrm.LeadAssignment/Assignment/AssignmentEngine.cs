using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Strategies;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Settings;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// Decides where a lead or customer goes: the first enabled rule (by position) that matches names a rep or a team
/// and strategy; no match gives the fallback owner or the pool. Rotation credits are stored through the plugin's
/// context, so a caller inside the pipeline's transaction advances the rotation in that same transaction.
/// </summary>
public sealed class AssignmentEngine(
    LeadAssignmentDbContext db, Statements sql, AssignmentConfig config, ICrmDirectory directory, OpenLeadCounts openLeads, RotationCredits rotations, RuleMatcher matcher,
    ISettings<LeadAssignmentSettings> settings, TimeProvider time)
{
    /// <summary>Decides under the saved rules; the rotation's new credits are tracked for the caller's save.</summary>
    public async Task<AssignmentOutcome> DecideAsync(Prospect prospect, IReadOnlySet<long>? excluded, CancellationToken ct)
    {
        var snapshot = await config.CurrentAsync(db, sql, directory, ct);
        return await DecideAsync(prospect, snapshot, snapshot.Rules, excluded, null, inChange: false, ct);
    }

    /// <summary>
    /// As <see cref="DecideAsync(Prospect, IReadOnlySet{long}?, CancellationToken)"/>, from a step inside the change's
    /// transaction: forgotten open-lead counts are rebuilt there, where no other writer can come between, and the
    /// rotation's new credits are written there at once, in one statement.
    /// </summary>
    public async Task<AssignmentOutcome> DecideInChangeAsync(Prospect prospect, CancellationToken ct)
    {
        var snapshot = await config.CurrentAsync(db, sql, directory, ct);
        return await DecideAsync(prospect, snapshot, snapshot.Rules, null, null, inChange: true, ct);
    }

    /// <summary>Decides under <paramref name="rules"/>; with a <paramref name="dryRun"/>, credits and loads change only in it.</summary>
    public async Task<AssignmentOutcome> DecideAsync(Prospect prospect, IReadOnlyList<AssignmentRule> rules, IReadOnlySet<long>? excluded, DryRun? dryRun, CancellationToken ct) =>
        await DecideAsync(prospect, await config.CurrentAsync(db, sql, directory, ct), rules, excluded, dryRun, inChange: false, ct);

    private async Task<AssignmentOutcome> DecideAsync(Prospect prospect, ConfigSnapshot snapshot, IReadOnlyList<AssignmentRule> rules, IReadOnlySet<long>? excluded,
        DryRun? dryRun, bool inChange, CancellationToken ct)
    {
        var tried = new List<RuleMatch>();
        foreach (var rule in rules)
        {
            var match = await matcher.MatchAsync(rule, prospect, ct);
            tried.Add(match);
            if (match.Matched)
                return await RouteAsync(rule, tried, snapshot, excluded, dryRun, inChange, ct);
        }

        var fallback = (await settings.GetAsync(ct)).FallbackOwnerId;
        if (fallback is { } owner)
        {
            var team = snapshot.Users.FirstOrDefault(u => u.Id == owner)?.TeamId;
            return new AssignmentOutcome("fallback", owner, team, null, new DecisionExplanation(tried, null, [], owner, "no rule matched: the fallback owner"));
        }
        return new AssignmentOutcome("pool", null, null, null, new DecisionExplanation(tried, null, [], null, "no rule matched and no fallback owner: the public pool"));
    }

    private async Task<AssignmentOutcome> RouteAsync(AssignmentRule rule, List<RuleMatch> tried, ConfigSnapshot snapshot, IReadOnlySet<long>? excluded, DryRun? dryRun,
        bool inChange, CancellationToken ct)
    {
        var users = snapshot.Users;
        var members = rule.RepId is { } rep
            ? users.Where(u => u.Id == rep).ToList()
            : users.Where(u => u.TeamId == rule.TeamId && u.Role == CrmRole.Rep).ToList();
        members.RemoveAll(u => excluded?.Contains(u.Id) == true);
        var strategy = rule.RepId is null ? rule.Strategy : Strategy.RoundRobin;
        var rotation = rule.RepId is { } r ? $"rep:{r}" : $"team:{rule.TeamId}:{strategy}";

        var ids = members.Select(m => m.Id).ToList();
        var availability = ids.Where(snapshot.Reps.ContainsKey).ToDictionary(id => id, id => snapshot.Reps[id]);
        // Outside a change the credits stay tracked for the caller's save, and a batch of decisions sees its own picks.
        var slots = inChange ? null : await rotations.TrackAsync(rotation, ids, ct);
        var read = slots?.ToDictionary(s => s.Key, s => s.Value.Credit) ?? await rotations.ReadAsync(rotation, ids, ct);
        var needsLoad = strategy == Strategy.LeastLoaded || availability.Values.Any(a => a.Cap is not null);
        var load = !needsLoad ? []
            : snapshot.OpenLeadsBuilt ? await openLeads.OfAsync(ids, ct)
            : inChange ? await openLeads.RebuildAsync(ct)
            : await openLeads.CountAllAsync(ct);
        dryRun?.AddLoads(load);

        var candidates = members.Select(m =>
        {
            var a = availability.GetValueOrDefault(m.Id);
            var credit = dryRun?.Credit(rotation, m.Id) ?? read.GetValueOrDefault(m.Id);
            return new Candidate(m.Id, m.Active, a?.AbsentUntilUtc, a?.Weight ?? 1, a?.Cap, load.GetValueOrDefault(m.Id), credit);
        }).ToList();
        var pick = StrategyRunner.Pick(strategy, candidates, time.GetUtcNow().UtcDateTime);
        var strategyName = rule.RepId is null ? strategy.ToString() : "named rep";
        var explanation = new DecisionExplanation(tried, strategyName, pick.Candidates, pick.WinnerId, pick.Why);
        if (pick.WinnerId is not { } winner)
            return new AssignmentOutcome("queue", null, rule.TeamId, rule, explanation);

        if (dryRun is not null)
            dryRun.Record(rotation, pick.Credits, winner);
        else if (slots is null)
            await rotations.WriteAsync(rotation, read, pick.Credits, ct);
        else
            rotations.Store(rotation, pick.Credits, slots);
        var team = rule.TeamId ?? users.First(u => u.Id == winner).TeamId;
        return new AssignmentOutcome("assign", winner, team, rule, explanation);
    }
}
