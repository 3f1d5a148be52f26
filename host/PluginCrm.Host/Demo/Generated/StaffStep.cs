using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>The admin, the four teams and their people (<see cref="DemoStaff"/>), each able to sign in, audited as admins' changes are.</summary>
public static class StaffStep
{
    public static async Task<string> RunAsync(DemoCompany company, DemoWriter writer, AuditTrail audit, CancellationToken ct)
    {
        var db = writer.Db;
        var created = company.TodayUtc.AddDays(-760);
        // One hash for all: every demo user has the same, published password, and 100,000 PBKDF2 rounds per user cost a second.
        var hash = PasswordHasher.Hash(DemoStaff.Password, PasswordCost.Default);
        User NewUser(DemoStaff.Person p, long? teamId) => new()
        {
            Email = p.Email, Name = p.Name, Role = p.Role, TeamId = teamId, PasswordHash = hash, CreatedUtc = created, UpdatedUtc = created, Version = 1,
        };

        company.Admin = NewUser(new DemoStaff.Person("Demo Admin", DemoStaff.Admin, CrmRole.Admin), null);
        db.Users.Add(company.Admin);
        var teams = DemoStaff.Teams.Select(plan => new Team { Name = plan.Name, Region = plan.Region, CreatedUtc = created, UpdatedUtc = created, Version = 1 }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(ct);
        foreach (var (team, plan) in teams.Zip(DemoStaff.Teams))
        {
            var manager = NewUser(plan.Manager, team.Id);
            var reps = plan.Reps.Select(r => NewUser(r, team.Id)).ToList();
            db.Users.Add(manager);
            db.Users.AddRange(reps);
            company.Teams.Add(new DemoTeamRows(team, plan, manager, reps));
        }
        await db.SaveChangesAsync(ct);
        foreach (var rows in company.Teams)
            rows.Team.ManagerId = rows.Manager.Id;
        db.ChangeTracker.DetectChanges(); // the demo writes with automatic detection off
        var users = new[] { company.Admin }.Concat(company.Teams.SelectMany(t => t.Reps.Prepend(t.Manager))).ToList();
        foreach (var user in users)
            audit.Add(db, "user.create", RecordTypes.User, user.Id, null, UserView.Of(user), actor: DemoWriter.Actor);
        foreach (var team in teams)
            audit.Add(db, "team.create", RecordTypes.Team, team.Id, null, TeamView.Of(team), actor: DemoWriter.Actor);
        await db.SaveChangesAsync(ct);
        return $"{users.Count} users in {teams.Count} teams, each with a manager";
    }
}
