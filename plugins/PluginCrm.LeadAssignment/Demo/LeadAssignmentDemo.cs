using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Transfers;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Demo;

/// <summary>
/// Lead assignment's part of the demo: a rule per team routing by region (and one by source), the contact keys of every
/// generated lead and customer (as the reindex endpoint builds them), customers released to the public pool (公海) by their
/// managers, a few leads captured this morning without an owner and routed by the rules, and the notices' templates.
/// The customers the host left a few days short of the no-follow-up limit are the ones the reclaim job will warn about.
/// </summary>
public sealed class LeadAssignmentDemo(LeadAssignmentDbContext db, ContactIndex index, TransferService transfers) : IDemoContributor
{
    public const int Pooled = 40;

    public async Task ConfigureAsync(DemoContext context, CancellationToken cancellationToken)
    {
        await context.Templates.SaveMessageAsync("lead-assignment.reclaim-warning", "Warns an owner a customer goes back to the pool",
            "Subject: {{ customer.name }} returns to the public pool on {{ crm_date.format due 'yyyy-MM-dd' }}\n\n{{ reason }}", cancellationToken);
        await context.Templates.SaveMessageAsync("lead-assignment.deadline-missed", "Tells a manager a new lead was not answered in time",
            "Subject: Lead {{ lead.name }} was not answered in time\n\n{{ reason }}", cancellationToken);
        context.Progress.Report("2 templates (reclaim warning, missed deadline)");
    }

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var position = 0;
        db.Rules.Add(new AssignmentRule { Name = "Trade-show leads to 华东销售部 by round robin", Position = position++, Sources = "trade-show", Regions = "east", TeamId = context.Teams[0].Id, Strategy = Strategy.RoundRobin });
        foreach (var team in context.Teams)
            db.Rules.Add(new AssignmentRule { Name = $"{team.Region} leads to {team.Name}", Position = position++, Regions = team.Region, TeamId = team.Id, Strategy = team.Language == "zh" ? Strategy.LeastLoaded : Strategy.RoundRobin });
        await db.SaveChangesAsync(cancellationToken);

        var keys = 0;
        await foreach (var lead in context.Records.QueryAsync<LeadRecord>(null, cancellationToken))
        {
            await index.IndexAsync("lead", lead.Id, lead, cancellationToken);
            keys++;
        }
        await foreach (var customer in context.Records.QueryAsync<CustomerRecord>(null, cancellationToken))
        {
            await index.IndexAsync("customer", customer.Id, customer, cancellationToken);
            keys++;
        }

        var pooled = 0;
        foreach (var id in context.CustomerIds.OrderBy(_ => context.Random.Next()).Take(Pooled))
        {
            var customer = await context.Records.FindAsync<CustomerRecord>(id, cancellationToken);
            var team = context.Teams.Single(t => t.Id == customer!.TeamId);
            // A manager's reason is the manager's own words, in the team's language: the pool shows it as it was written.
            var reason = team.Language == "zh" ? "近期没有跟进计划，放回公海" : "no follow-up planned: released to the public pool";
            var result = await transfers.TransferAsync(new TransferRequest("customer", id, null, reason), team.Manager, cancellationToken);
            pooled += result.Status == 200 ? 1 : 0;
        }

        var routed = 0;
        foreach (var team in context.Teams)
        {
            var zh = team.Language == "zh";
            var name = zh ? $"{"孙周吴郑"[routed % 4]}先生" : $"{new[] { "Alex", "Sam", "Chris", "Pat" }[routed % 4]} Morgan";
            var phone = zh ? $"+86 139 {context.Random.Next(10_000):0000} {context.Random.Next(10_000):0000}" : $"+44 7700 {context.Random.Next(1_000_000):000000}";
            await context.Records.CreateAsync(new LeadRecord(0, name, null, null, phone, "web", team.Region, "retail", team.Language, null,
                context.Random.Next(5, 50) * 1000m, null, null, LeadStatus.New, null, default, default, 0), context.Admin, cancellationToken);
            routed++;
        }
        context.Progress.Report($"{position} rules, contact keys of {keys:N0} records, {pooled} customers in the public pool, {routed} new leads routed by the rules");
    }
}
