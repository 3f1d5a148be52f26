using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Leads in every status (new ones waiting since this morning, converted ones pointing at their customer) and deals in
/// every stage of the funnel, each with a customer, its company and its owner.
/// </summary>
public static class FunnelStep
{
    public static async Task<string> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        var leads = await writer.CreateAsync(CoreRecords.Leads, Leads(company), ct);
        var deals = await writer.CreateAsync(CoreRecords.Deals, Deals(company), ct);
        return $"{leads.Count} leads ({string.Join(", ", leads.GroupBy(l => l.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"))}), " +
               $"{deals.Count} deals ({string.Join(", ", deals.GroupBy(d => d.Stage).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"))})";
    }

    private static IEnumerable<(LeadRecord, DateTime)> Leads(DemoCompany company)
    {
        var r = company.Random;
        var firms = new HashSet<string>(company.Companies.Select(c => c.Name));
        var plan = new[] { (LeadStatus.New, 70, 14), (LeadStatus.Contacted, 60, 30), (LeadStatus.Qualified, 55, 60), (LeadStatus.Converted, 80, 85), (LeadStatus.Disqualified, 55, 85) };
        foreach (var (status, count, withinDays) in plan)
            for (var i = 0; i < count; i++)
            {
                var team = company.Pick(company.Teams);
                var zh = team.Plan.Language == "zh";
                var owner = company.Pick(team.Reps);
                // a third of the new leads came in this morning
                var created = status == LeadStatus.New && i % 3 == 0 ? company.At(company.Today) : company.NowUtc.AddDays(-1 - r.NextDouble() * (withinDays - 1));
                var product = company.Pick(company.Products);
                var value = r.Next(10, 800) * 100m + (r.Next(2) == 0 ? 0m : 50m);
                if (status == LeadStatus.Converted && company.Customers.Where(c => c.OwnerId == owner.Id).ToList() is { Count: > 0 } theirs)
                {
                    var customer = company.Pick(theirs);
                    yield return (new LeadRecord(0, customer.Name, customer.CompanyId is { } id ? company.Companies.Single(c => c.Id == id).Name : null, customer.Email,
                        customer.Phone, customer.Source, customer.Region, null, customer.Language, product.Code, value, owner.Id, team.Team.Id, status, customer.Id,
                        default, default, 0), customer.CreatedUtc.AddDays(-r.Next(1, 10)));
                    continue;
                }
                var name = zh ? company.Pick(DemoNames.ChineseSurnames) + company.Pick(DemoNames.ChineseGivenNames) : $"{company.Pick(DemoNames.EnglishFirstNames)} {company.Pick(DemoNames.EnglishSurnames)}";
                var firm = r.Next(100) < 60 ? CustomerStep.UniqueFirm(company, team.Plan.Language, firms) : null;
                yield return (new LeadRecord(0, name, firm, CustomerStep.Email(company, name, zh, i), CustomerStep.Phone(company, team.Team.Region!),
                    company.Pick(zh ? DemoNames.ChineseSources : DemoNames.EnglishSources), team.Team.Region, company.Pick(DemoNames.Industries), team.Plan.Language,
                    product.Code, value, owner.Id, team.Team.Id, status == LeadStatus.Converted ? LeadStatus.Qualified : status, null, default, default, 0), created);
            }
    }

    private static IEnumerable<(DealRecord, DateTime)> Deals(DemoCompany company)
    {
        var r = company.Random;
        var customers = company.Customers.Zip(company.Buyers).ToList();
        var n = 0;
        DealRecord Deal(Customer c, DealStage stage, DateOnly? engaged, DateOnly? closed, decimal value)
        {
            var product = company.Pick(company.Products);
            var firm = c.CompanyId is { } id ? company.Companies.Single(x => x.Id == id) : null;
            return new DealRecord(0, $"{product.Name} · {firm?.Name ?? c.Name}", c.CompanyId, c.Id, product.Id, c.OwnerId, c.TeamId, stage, value,
                engaged, closed, $"demo-deal-{++n:0000}", default, default, 0);
        }
        decimal Value() => r.Next(2_000, 150_000) + r.Next(0, 100) / 100m;

        // Opportunities are prospects with an open deal; qualified prospects have one just engaged.
        foreach (var (c, plan) in customers.Where(p => p.Second.Kind == BuyerKind.Prospect && p.First.Stage != LifecycleStage.Lead))
        {
            var stage = c.Stage == LifecycleStage.Qualified ? DealStage.Qualified : r.Next(2) == 0 ? DealStage.Proposal : DealStage.Negotiation;
            var engaged = DateOnly.FromDateTime(c.CreatedUtc).AddDays(r.Next(0, 5));
            yield return (Deal(c, stage, engaged > company.Today ? company.Today : engaged, null, Value()), c.CreatedUtc);
        }
        var buyers = customers.Where(p => p.Second.Orders.Count > 0).ToList();
        // Won deals closed on a first purchase; lost ones over the two years; open ones for upselling, some just captured.
        foreach (var (c, plan) in buyers.OrderBy(_ => r.Next()).Take(260))
        {
            var closed = DateOnly.FromDateTime(plan.Orders[0]);
            var engaged = closed.AddDays(-r.Next(5, 60));
            yield return (Deal(c, DealStage.Won, engaged, closed, Value()), engaged.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
        foreach (var (c, _) in buyers.OrderBy(_ => r.Next()).Take(110))
        {
            var closed = company.Today.AddDays(-r.Next(1, CustomerStep.HistoryDays));
            var engaged = closed.AddDays(-r.Next(5, 60));
            yield return (Deal(c, DealStage.Lost, engaged, closed, Value()), engaged.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
        foreach (var (c, _) in buyers.OrderBy(_ => r.Next()).Take(120))
        {
            var stage = (DealStage)r.Next(0, 4);
            var engaged = stage == DealStage.Lead ? (DateOnly?)null : company.Today.AddDays(-r.Next(1, 60));
            var created = engaged?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? company.NowUtc.AddDays(-r.NextDouble() * 10);
            yield return (Deal(c, stage, engaged, null, Value()), created);
        }
    }
}
