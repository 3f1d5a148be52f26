using PluginCrm.Host.Access;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Imports.MavenCrm;

/// <summary>
/// <c>sales_teams.csv</c>: each agent with its manager and office. A manager heads a team named after it ("Team
/// Dustin Brinkmann") and manages it; its agents are reps in that team. Users are found by the e-mail made from their
/// name, teams by name.
/// </summary>
public sealed class SalesTeamsCsv(UserAccounts users, Teams teams)
{
    public const string File = "sales_teams.csv";

    /// <summary>Imports the teams and their people; returns each agent's user id and team id by the agent's name.</summary>
    public async Task<Dictionary<string, (long UserId, long TeamId)>> ImportAsync(ImportSession session, string path, CancellationToken ct)
    {
        var rows = new List<(int Row, string Agent, string Manager, string? Office)>();
        using (var csv = CsvFiles.Open(path, "sales_agent", "manager", "regional_office"))
        {
            while (await csv.ReadAsync())
            {
                var (agent, manager) = (CsvFiles.Text(csv, "sales_agent"), CsvFiles.Text(csv, "manager"));
                if (agent is null || manager is null)
                    session.Error(File, csv.Parser.Row, agent is null ? "sales_agent" : "manager", "is empty");
                else
                    rows.Add((csv.Parser.Row, agent, manager, CsvFiles.Text(csv, "regional_office")));
            }
        }

        var existing = (await teams.ListAsync(ct)).ToDictionary(t => t.Name);
        var teamIds = existing.ToDictionary(t => t.Key, t => t.Value.Id);
        var userIds = (await users.ListAsync(ct)).ToDictionary(u => u.Email, u => u.Id);
        foreach (var (_, _, manager, office) in rows.DistinctBy(r => r.Manager))
        {
            var teamName = $"Team {manager}";
            if (!teamIds.ContainsKey(teamName))
            {
                teamIds[teamName] = (await teams.AddAsync(new NewTeam(teamName, office, null), ct)).Id;
                session.Count("team");
            }
            var managerId = await EnsureUserAsync(session, userIds, manager, CrmRole.Manager, teamIds[teamName], ct);
            // The team's manager is told of its deadlines and overdue work; a team that has one keeps it.
            if (existing.GetValueOrDefault(teamName) is not { ManagerId: not null })
                await teams.UpdateAsync(teamIds[teamName], new NewTeam(teamName, office, managerId), ct);
        }

        var agents = new Dictionary<string, (long, long)>();
        foreach (var (_, agent, manager, _) in rows)
        {
            var team = teamIds[$"Team {manager}"];
            agents[agent] = (await EnsureUserAsync(session, userIds, agent, CrmRole.Rep, team, ct), team);
        }
        return agents;
    }

    private async Task<long> EnsureUserAsync(ImportSession session, Dictionary<string, long> userIds, string name, CrmRole role, long team, CancellationToken ct)
    {
        var email = MavenCrmImporter.EmailOf(name);
        if (!userIds.TryGetValue(email, out var id))
        {
            userIds[email] = id = (await users.AddAsync(new NewUser(email, name, role, team, Password: null), ct)).Id;
            session.Count("user");
        }
        return id;
    }
}
