using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Core;

/// <summary>
/// <c>POST /api/leads/{id}/convert</c>: a lead becomes a customer with its owner and fields (after a duplicate check) or is
/// linked to one, optionally with a deal; the lead points at both, its interactions follow, and a refusal changes nothing.
/// </summary>
public sealed class LeadConversionTests(LeadConversionTests.Teams teams) : IClassFixture<LeadConversionTests.Teams>
{
    /// <summary>One host for the class: teams East and West, a rep and a manager in East, a rep in West.</summary>
    public sealed class Teams : IAsyncLifetime
    {
        public CrmTestHost Host { get; private set; } = null!;
        public long East { get; private set; }
        public (CrmTestUser User, HttpClient Client) EastRep, EastManager, WestRep;

        public async Task InitializeAsync()
        {
            Host = await CrmTestHost.StartAsync();
            East = await Host.CreateTeamAsync("East");
            var west = await Host.CreateTeamAsync("West");
            EastRep = await Host.SignedInUserAsync("east.rep@convert.example", CrmRole.Rep, East);
            EastManager = await Host.SignedInUserAsync("east.manager@convert.example", CrmRole.Manager, East);
            WestRep = await Host.SignedInUserAsync("west.rep@convert.example", CrmRole.Rep, west);
        }

        public Task DisposeAsync() => Host.DisposeAsync().AsTask();
    }

    private HttpClient Admin => teams.Host.Client;
    private HttpClient Rep => teams.EastRep.Client;

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private async Task<LeadRecord> LeadAsync(HttpClient client, string status = "new", string? company = null, string? email = null, string? phone = null)
    {
        var response = await client.Post("/api/leads", new
        {
            name = $"Lead {Unique()}", companyName = company, email = email ?? $"{Unique()}@lead.example", phone = phone ?? $"139{Random.Shared.Next(10_000_000, 99_999_999)}",
            source = "web", region = "east", language = "zh", estimatedValue = 1200.50m, status,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.As<LeadRecord>();
    }

    private static Task<HttpResponseMessage> ConvertAsync(HttpClient client, long leadId, object? body = null) => client.Post($"/api/leads/{leadId}/convert", body ?? new { });

    private async Task<(int Customers, int Deals, int Companies, int Interactions)> CountsAsync() => (
        (await Admin.Get<ListPage<JsonObject>>("/api/customers?pageSize=1")).Total, (await Admin.Get<ListPage<JsonObject>>("/api/deals?pageSize=1")).Total,
        (await Admin.Get<ListPage<JsonObject>>("/api/companies?pageSize=1")).Total, (await Admin.Get<ListPage<JsonObject>>("/api/interactions?pageSize=1")).Total);

    [Fact]
    public async Task Converting_creates_a_customer_with_the_leads_owner_and_fields_and_a_deal_and_the_lead_points_at_both()
    {
        var company = $"Acme Tea {Unique()}";
        var lead = await LeadAsync(Rep, status: "qualified", company: company);

        var response = await ConvertAsync(Rep, lead.Id, new { deal = new { title = "Tea for the office", value = 1500.25m } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversion = await response.As<LeadConversion>();
        var customer = await Rep.Get<CustomerRecord>($"/api/customers/{conversion.Customer!.Id}");
        Assert.True(conversion.NewCustomer);
        Assert.Equal((lead.Name, lead.Email, lead.Phone, "web", "east", "zh"), (customer.Name, customer.Email, customer.Phone, customer.Source, customer.Region, customer.Language));
        Assert.Equal((teams.EastRep.User.Id, teams.East), (customer.OwnerId!.Value, customer.TeamId!.Value));
        Assert.Equal(LifecycleStage.Opportunity, customer.Stage); // an open deal
        Assert.False(customer.ConsentToContact);
        Assert.Equal(company, (await Rep.Get<CompanyRecord>($"/api/companies/{customer.CompanyId}")).Name);

        var deal = await Rep.Get<DealRecord>($"/api/deals/{conversion.Deal!.Id}");
        Assert.Equal(("Tea for the office", 1500.25m, DealStage.Qualified), (deal.Title, deal.Value!.Value, deal.Stage));
        Assert.Equal((customer.Id, customer.CompanyId, teams.EastRep.User.Id, teams.East), (deal.CustomerId!.Value, deal.CompanyId, deal.OwnerId!.Value, deal.TeamId!.Value));

        var after = await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}");
        Assert.Equal((LeadStatus.Converted, customer.Id, deal.Id), (after.Status, after.CustomerId!.Value, after.ConvertedDealId!.Value));
        Assert.Equal(teams.EastRep.User.Id, after.OwnerId);

        var leadAudit = await Rep.Get<List<AuditRow>>($"/api/leads/{lead.Id}/audit");
        Assert.Equal(["lead.create", "lead.convert"], leadAudit.Select(a => a.Message));
        var created = Assert.Single(await Rep.Get<List<AuditRow>>($"/api/customers/{customer.Id}/audit"));
        Assert.Equal(("customer.create", $"converted from lead {lead.Id}: converted from a lead with an open deal"), (created.Message, created.Reason));
        Assert.Equal("deal.create", Assert.Single(await Rep.Get<List<AuditRow>>($"/api/deals/{deal.Id}/audit")).Message);
    }

    [Fact]
    public async Task A_deal_without_a_value_takes_the_leads_estimate_and_a_qualified_lead_without_a_deal_becomes_a_qualified_customer()
    {
        var withDeal = await LeadAsync(Rep);
        var withoutDeal = await LeadAsync(Rep, status: "qualified");

        var deal = (await (await ConvertAsync(Rep, withDeal.Id, new { deal = new { title = "Estimate", stage = "proposal" } })).As<LeadConversion>()).Deal!;
        var customer = (await (await ConvertAsync(Rep, withoutDeal.Id)).As<LeadConversion>()).Customer!;

        Assert.Equal((1200.50m, DealStage.Proposal), (deal.Value!.Value, deal.Stage));
        Assert.Equal(LifecycleStage.Qualified, customer.Stage);
        Assert.Null(customer.CompanyId);
    }

    [Fact]
    public async Task A_lead_like_existing_customers_is_refused_with_the_candidates_the_caller_reads_then_linking_one_converts_it()
    {
        var email = $"{Unique()}@twice.example";
        var phone = $"+86 138 {Random.Shared.Next(1000, 9999)} {Random.Shared.Next(1000, 9999)}";
        var mine = await (await Rep.Post("/api/customers", new { name = "Zhang Wei", email })).As<CustomerRecord>();
        var theirs = await (await teams.WestRep.Client.Post("/api/customers", new { name = "Zhang Wei (West)", phone })).As<CustomerRecord>();
        var lead = await LeadAsync(Rep, email: $"  {email.ToUpperInvariant()} ", phone: phone.Replace("+86 ", "0086-").Replace(' ', '-'));
        var before = await CountsAsync();

        var refused = await ConvertAsync(Rep, lead.Id);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.As<JsonObject>();
        var candidate = Assert.Single(problem["candidates"]!.AsArray())!;
        Assert.Equal((mine.Id, "Zhang Wei", "email"), ((long)candidate["id"]!, (string)candidate["name"]!, (string)candidate["matchedBy"]![0]!));
        Assert.Equal(1, (int)problem["unreadable"]!); // the West rep's customer, by phone, is counted but never named
        Assert.DoesNotContain("West", problem.ToJsonString());
        Assert.DoesNotContain(theirs.Id.ToString(), ((string)problem["detail"]!).Replace(mine.Id.ToString(), ""));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(LeadStatus.New, (await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}")).Status);

        var linked = await ConvertAsync(Rep, lead.Id, new { customerId = mine.Id });

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var conversion = await linked.As<LeadConversion>();
        Assert.Equal((false, mine.Id), (conversion.NewCustomer, conversion.Customer!.Id));
        Assert.Equal(mine.Id, (await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}")).CustomerId);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task CreateDuplicate_creates_the_customer_although_a_look_alike_exists()
    {
        var email = $"{Unique()}@dup.example";
        await Rep.Post("/api/customers", new { name = "Li Na", email });
        var lead = await LeadAsync(Rep, email: email);
        var before = await CountsAsync();

        var response = await ConvertAsync(Rep, lead.Id, new { createDuplicate = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.As<LeadConversion>()).NewCustomer);
        Assert.Equal(before.Customers + 1, (await CountsAsync()).Customers);
    }

    [Fact]
    public async Task A_converted_lead_is_not_converted_again_nor_edited_and_no_lead_is_made_converted_by_an_edit()
    {
        var lead = await LeadAsync(Rep);
        var converted = (await (await ConvertAsync(Rep, lead.Id)).As<LeadConversion>()).Lead;
        var before = await CountsAsync();

        var again = await ConvertAsync(Rep, lead.Id);
        var edited = await Rep.Put($"/api/leads/{lead.Id}", converted with { Status = LeadStatus.Qualified }, converted.Version);
        var other = await LeadAsync(Rep);
        var sneaky = await Rep.Put($"/api/leads/{other.Id}", other with { Status = LeadStatus.Converted }, other.Version);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal($"lead {lead.Id} was converted already, into customer {converted.CustomerId}", (await again.As<Problem>()).Detail);
        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
        await sneaky.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "status");
        Assert.Equal(before.Customers, (await CountsAsync()).Customers);
        Assert.Equal(converted, await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}"));
        Assert.Equal(LeadStatus.New, (await Rep.Get<LeadRecord>($"/api/leads/{other.Id}")).Status);
    }

    [Fact]
    public async Task A_stale_version_is_a_412_and_nothing_changes()
    {
        var lead = await LeadAsync(Rep);
        var before = await CountsAsync();

        var response = await ConvertAsync(Rep, lead.Id, new { version = lead.Version + 1 });

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.OK, (await ConvertAsync(Rep, lead.Id, new { version = lead.Version })).StatusCode);
    }

    [Fact]
    public async Task A_rep_of_another_team_reads_the_lead_as_missing_and_nothing_changes()
    {
        var lead = await LeadAsync(Rep);
        var before = await CountsAsync();

        var response = await ConvertAsync(teams.WestRep.Client, lead.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"there is no lead {lead.Id}", (await response.As<Problem>()).Detail);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(lead, await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}"));
    }

    [Fact]
    public async Task The_manager_of_the_owners_team_may_convert_and_the_customer_stays_the_reps()
    {
        var lead = await LeadAsync(Rep);

        var response = await ConvertAsync(teams.EastManager.Client, lead.Id, new { deal = new { title = "Manager's pick" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversion = await response.As<LeadConversion>();
        Assert.Equal(teams.EastRep.User.Id, (await Rep.Get<CustomerRecord>($"/api/customers/{conversion.Customer!.Id}")).OwnerId);
        Assert.Equal(teams.EastRep.User.Id, (await Rep.Get<DealRecord>($"/api/deals/{conversion.Deal!.Id}")).OwnerId);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"deal":{"title":"Negative","value":-1}}""", "deal.value" },
        { """{"deal":{"title":"Unknown stage","stage":"maybe"}}""", "deal.stage" },
        { """{"deal":{"value":10}}""", "deal.title" },
        { """{"customerId":999999}""", "customerId" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var lead = await LeadAsync(Rep);
        var before = await CountsAsync();

        var response = await Rep.PostAsync($"/api/leads/{lead.Id}/convert", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(lead, await Rep.Get<LeadRecord>($"/api/leads/{lead.Id}"));
    }

    [Fact]
    public async Task Linking_a_customer_of_another_team_reads_it_as_missing()
    {
        var theirs = await (await teams.WestRep.Client.Post("/api/customers", new { name = "West only" })).As<CustomerRecord>();
        var lead = await LeadAsync(Rep);

        var response = await ConvertAsync(Rep, lead.Id, new { customerId = theirs.Id });

        Assert.Equal($"there is no customer {theirs.Id}", await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "customerId"));
    }

    [Fact]
    public async Task The_leads_interactions_appear_under_the_customer_and_stay_under_the_lead()
    {
        var lead = await LeadAsync(Rep);
        var logged = await Rep.Post("/api/interactions", new { leadId = lead.Id, kind = "call", occurredUtc = "2025-05-04T09:30:00Z", notes = "first call" });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var call = await logged.As<InteractionRecord>();
        Assert.Null(call.CustomerId);
        Assert.Equal(HttpStatusCode.NotFound, (await teams.WestRep.Client.GetAsync($"/api/interactions/{call.Id}")).StatusCode);

        var customer = (await (await ConvertAsync(Rep, lead.Id)).As<LeadConversion>()).Customer!;

        var underCustomer = await Rep.Get<ListPage<InteractionRecord>>($"/api/interactions?customerId={customer.Id}");
        var moved = Assert.Single(underCustomer.Items);
        Assert.Equal((call.Id, "first call", lead.Id, teams.EastRep.User.Id), (moved.Id, moved.Notes, moved.LeadId!.Value, moved.AuthorId!.Value));
        Assert.Equal(call.Id, Assert.Single((await Rep.Get<ListPage<InteractionRecord>>($"/api/interactions?leadId={lead.Id}")).Items).Id);
        var audit = await Rep.Get<List<AuditRow>>($"/api/interactions/{call.Id}/audit");
        Assert.Equal(("interaction.update", $"converted from lead {lead.Id}"), (audit[^1].Message, audit[^1].Reason));
    }

    [Fact]
    public async Task An_interaction_needs_a_customer_or_a_lead()
    {
        var response = await Rep.Post("/api/interactions", new { kind = "call", occurredUtc = "2025-05-04T09:30:00Z", notes = "with nobody" });

        await response.AssertFieldProblemAsync(HttpStatusCode.BadRequest, "customerId");
    }

    private sealed record AuditRow(string Message, string UserName, string? Reason, JsonElement? After);
}
