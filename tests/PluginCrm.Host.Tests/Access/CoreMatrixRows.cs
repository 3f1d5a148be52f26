using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Notifications;
using PluginCrm.Sdk.Testing;
using PluginCrm.Sdk.Testing.Access;

namespace PluginCrm.Host.Tests.Access;

/// <summary>
/// The host's own endpoints in the authorisation matrix: the records (their lists, reads, writes, audits, exports), the
/// KPIs, access, plugins, jobs, templates, notifications. The owner's records carry the matrix's secret; a refused
/// write is checked against a witness that must read the same afterwards.
/// </summary>
public static class CoreMatrixRows
{
    /// <summary>Amounts only the owner's side may find in a KPI report, in a period nothing else falls in.</summary>
    public const string SecretOrderTotal = "97531.13", SecretWonValue = "86420.57";

    /// <summary>
    /// Rates and a count only the owner's side may find (see <see cref="AddKpiBookAsync"/>): churn 3/7 on
    /// <see cref="ChurnDay"/>, conversion 2/7 of the leads of <see cref="BookDay"/>, 7 new customers in
    /// <see cref="AcquisitionPeriod"/>.
    /// </summary>
    public const string SecretChurnRate = "\"churnRate\":0.42857142857", SecretConversionRate = "\"conversionRate\":0.28571428571", SecretNewCustomers = "\"newCustomers\":7,";

    public const string AcquisitionPeriod = "from=2019-05-01&to=2019-06-01";

    /// <summary>The host's clock when the matrix starts: an hour before <see cref="ChurnDay"/>.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 23, 0, 0, TimeSpan.Zero);

    private const string Period = "from=2019-03-01&to=2019-04-01", BookDay = "from=2026-01-05&to=2026-01-06", ChurnDay = "from=2026-01-06&to=2026-01-07";

    private static readonly string[] OwnedKinds = ["customers", "leads", "deals", "orders", "interactions", "tasks"];

    /// <summary>Adds the rows; returns the owner's records under test by route (<c>customers</c>, <c>leads</c>, ...).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> AddAsync(AccessMatrix m, CrmTestHost host)
    {
        await AddKpiBookAsync(m, host);
        var customer = await m.CreateAsync(m.Owner, "/api/customers", Customer(m));
        var ids = new Dictionary<string, long>
        {
            ["customers"] = customer,
            ["leads"] = await m.CreateAsync(m.Owner, "/api/leads", new { name = $"{m.Secret} lead", customerId = customer }),
            ["deals"] = await m.CreateAsync(m.Owner, "/api/deals", new { title = $"{m.Secret} deal", customerId = customer, stage = "won", value = decimal.Parse(SecretWonValue), engagedOn = "2019-02-01", closedOn = "2019-03-03" }),
            ["orders"] = await m.CreateAsync(m.Owner, "/api/orders", Order(m, customer, "2019-03-03T10:00:00Z", decimal.Parse(SecretOrderTotal))),
            ["interactions"] = await m.CreateAsync(m.Owner, "/api/interactions", new { customerId = customer, kind = "call", occurredUtc = "2026-01-05T09:00:00Z", notes = $"{m.Secret} call" }),
            ["tasks"] = await m.CreateAsync(m.Owner, "/api/tasks", OwnersTask(m, customer)),
        };
        foreach (var kind in OwnedKinds)
            AddOwned(m, kind, ids[kind], customer);
        // Each actor's own day: only the owner's holds the secret (its task, due today). Declared before the plugins' rows,
        // some of which hand the owner's complaints and leads to a teammate when they run.
        m.Row("GET /api/me/day", Expect.List(Actor.Owner), MatrixRequest.Get("/api/me/day"));
        // The web console's pages show what the API shows, to the same people.
        m.Row("GET /", Expect.List(Actor.Owner), MatrixRequest.Get("/"));
        m.Row("GET /customers", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/customers"));
        m.Row("GET /customers/{Id:long}", Expect.Record(Expect.OwnersSide), MatrixRequest.Get($"/customers/{customer}"));
        m.Row("GET /leads", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/leads"));
        m.Row("GET /leads/{Id:long}", Expect.Record(Expect.OwnersSide), MatrixRequest.Get($"/leads/{ids["leads"]}"));
        m.Row("POST /leads/{Id:long}", Expect.Record(), MatrixRequest.Post($"/leads/{ids["leads"]}")); // the page's log form needs its token
        // Razor components also take form posts at each page, which need the page's antiforgery token (a bearer call has
        // none: refused before anything runs), and a framework redirect.
        m.Open("GET /_framework/opaque-redirect");
        // The board holds the open deals each may see (the deals' PUT and PATCH rows, run before it, open the owner's).
        m.Row("GET /deals", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/deals"));
        // A module's screen declared as data (lead assignment's pool) and its row actions.
        m.Row("GET /m/{Plugin}/{Screen}", Expect.SignedIn(), MatrixRequest.Get("/m/lead-assignment/pool"));
        m.Row("POST /m/{plugin}/{screen}/act", Expect.Record(), MatrixRequest.Post("/m/lead-assignment/pool/act"));
        // The managers' KPI screen shows the reports' figures (the won deal's value in the period's revenue, as the page
        // writes it) to those the reports show them to.
        m.Row("GET /kpis", Expect.List(Expect.OwnersSide).Showing(decimal.Parse(SecretWonValue, CultureInfo.InvariantCulture).ToString("N2", CultureInfo.GetCultureInfo("en"))),
            MatrixRequest.Get($"/kpis?{Period}"));
        // The customer page's forms (log an interaction, reassign) all post to the page: the POST row below covers both.
        foreach (var page in new[] { "/", "/customers", "/customers/{Id:long}", "/leads", "/deals", "/kpis", "/m/{Plugin}/{Screen}" })
            m.Row($"POST {page}", Expect.Record(), MatrixRequest.Post(page.Replace("{Id:long}", customer.ToString()).Replace("{Plugin}/{Screen}", "lead-assignment/pool")));
        // The console's admin screens: an admin's alone, as the admin endpoints they call; their forms need the page's token.
        foreach (var (page, path) in AdminPages(m))
        {
            m.Row($"GET {page}", Expect.Role(Actor.Admin), MatrixRequest.Get(path));
            m.Row($"POST {page}", Expect.Record(), MatrixRequest.Post(path));
        }
        m.Row("POST /admin/templates/check", Expect.Record(), MatrixRequest.Post("/admin/templates/check"));
        m.Row("GET /api/customers/{id:long}/timeline", Expect.Record(Expect.OwnersSide), MatrixRequest.Get($"/api/customers/{customer}/timeline"));
        // Converting changes the lead: who may change it may convert it; a refusal leaves the lead as it was.
        m.Row("POST /api/leads/{id:long}/convert", Expect.Record(Expect.OwnersSide), async _ =>
        {
            var fresh = await FreshAsync(m, "leads", customer);
            return MatrixRequest.Post($"/api/leads/{fresh}/convert", new { createDuplicate = true }, witness: $"/api/leads/{fresh}");
        });
        await AddReferenceDataAsync(m);
        AddKpisAndExports(m);
        await AddSpendAsync(m);
        AddAccess(m);
        await AddConsoleImportsAsync(m);
        await AddPlatformAsync(m);
        await AddNotificationsAsync(m, host, customer);
        return ids;
    }

    // The console's customer import, admins only: a dry run of a file naming the secret, its page and its error report.
    private static async Task AddConsoleImportsAsync(AccessMatrix m)
    {
        using var admin = PluginCrm.Sdk.Testing.ConsoleBrowser.As(m.Admin);
        var (run, _) = await WebConsole.ConsoleImport.RunAsync(admin, $"name,email\n{m.Secret} import,not-an-email\n", new Dictionary<string, string> { ["dryRun"] = "true" });
        var admins = Expect.Role(Actor.Admin);
        m.Row("GET /imports", admins, MatrixRequest.Get("/imports"));
        m.Row("POST /imports", Expect.Record(), MatrixRequest.Post("/imports"));
        m.Row("GET /imports/{Id:guid}", admins, MatrixRequest.Get(run));
        m.Row("POST /imports/{Id:guid}", Expect.Record(), MatrixRequest.Post(run));
        m.Row("GET /imports/{id:guid}/errors.csv", admins.Showing("not-an-email"), MatrixRequest.Get($"{run}/errors.csv"));
    }

    // Due later today by the host's clock (2026-01-05 09:00 UTC), about the owner's customer.
    private static object OwnersTask(AccessMatrix m, long customer) =>
        new { subject = $"{m.Secret} task", dueUtc = "2026-01-05T18:00:00Z", relatedTo = $"customer:{customer}" };

    private static object Customer(AccessMatrix m) => new { name = $"{m.Secret} customer", email = $"{Guid.NewGuid():N}@secret.example" };

    private static object Order(AccessMatrix m, long customerId, string orderedUtc, decimal amount) => OrderBodies.Of(customerId, orderedUtc, amount, $"{m.Secret} tea");

    // What an allowed actor may create: a record hung on the owner's customer where the kind has one.
    private static object NewOf(AccessMatrix m, string kind, long customer) => kind switch
    {
        "customers" => new { name = $"customer {Guid.NewGuid():N}" },
        "leads" => new { name = $"lead {Guid.NewGuid():N}", customerId = customer },
        "deals" => new { title = $"deal {Guid.NewGuid():N}", customerId = customer, stage = "lead" },
        "orders" => Order(m, customer, "2025-12-01T10:00:00Z", 10m),
        "tasks" => new { subject = $"task {Guid.NewGuid():N}", dueUtc = "2026-01-06T10:00:00Z", relatedTo = $"customer:{customer}" },
        _ => new { customerId = customer, kind = "visit", occurredUtc = "2025-12-01T10:00:00Z", notes = "visited" },
    };

    // A fresh record of the owner's, holding the secret, for a write that may succeed.
    private static Task<long> FreshAsync(AccessMatrix m, string kind, long customer) => kind switch
    {
        "customers" => m.CreateAsync(m.Owner, "/api/customers", Customer(m)),
        "leads" => m.CreateAsync(m.Owner, "/api/leads", new { name = $"{m.Secret} lead" }),
        "deals" => m.CreateAsync(m.Owner, "/api/deals", new { title = $"{m.Secret} deal", stage = "lead" }),
        "orders" => m.CreateAsync(m.Owner, "/api/orders", Order(m, customer, "2025-12-01T10:00:00Z", 10m)),
        "tasks" => m.CreateAsync(m.Owner, "/api/tasks", OwnersTask(m, customer)),
        _ => m.CreateAsync(m.Owner, "/api/interactions", new { customerId = customer, kind = "email", occurredUtc = "2025-12-01T10:00:00Z", notes = $"{m.Secret} mail" }),
    };

    private static void AddOwned(AccessMatrix m, string kind, long id, long customer)
    {
        var owners = Expect.Record(Expect.OwnersSide);
        m.Row($"GET /api/{kind}", Expect.List(Expect.OwnersSide), MatrixRequest.Get($"/api/{kind}?pageSize=500"));
        m.Row($"GET /api/{kind}/{{id:long}}", owners, MatrixRequest.Get($"/api/{kind}/{id}"));
        m.Row($"GET /api/{kind}/{{id:long}}/audit", owners, MatrixRequest.Get($"/api/{kind}/{id}/audit"));
        m.Row($"POST /api/{kind}", kind == "customers" ? Expect.SignedIn() : owners, _ => Task.FromResult(MatrixRequest.Post($"/api/{kind}", NewOf(m, kind, customer))));
        m.Row($"PUT /api/{kind}/{{id:long}}", owners, async _ =>
        {
            var fresh = await FreshAsync(m, kind, customer);
            var record = await m.ReadAsync<JsonObject>($"/api/{kind}/{fresh}");
            record[TextField(kind)] = $"changed {Guid.NewGuid():N}";
            return MatrixRequest.Put($"/api/{kind}/{fresh}", record, witness: $"/api/{kind}/{fresh}", ifMatch: (long)record["version"]!);
        });
        m.Row($"PATCH /api/{kind}/{{id:long}}", owners, async _ =>
        {
            var fresh = await FreshAsync(m, kind, customer);
            var version = (long)(await m.ReadAsync<JsonObject>($"/api/{kind}/{fresh}"))["version"]!;
            return Patch($"/api/{kind}/{fresh}", TextField(kind), version);
        });
        m.Row($"DELETE /api/{kind}/{{id:long}}", owners, async _ =>
        {
            var fresh = await FreshAsync(m, kind, customer);
            return MatrixRequest.Delete($"/api/{kind}/{fresh}", witness: $"/api/{kind}/{fresh}");
        });
    }

    // A text field of each owned kind that any change may set.
    private static string TextField(string kind) => kind switch { "deals" => "title", "orders" => "number", "interactions" => "notes", "tasks" => "subject", _ => "name" };

    // A merge patch of one text field, sent as application/json (which PATCH accepts beside application/merge-patch+json).
    private static MatrixRequest Patch(string path, string field, long version) =>
        new(HttpMethod.Patch, path, new Dictionary<string, string> { [field] = $"Patched {Guid.NewGuid():N}" }, Witness: path, IfMatch: version);

    private static async Task AddReferenceDataAsync(AccessMatrix m)
    {
        var company = await m.CreateAsync(m.Admin, "/api/companies", new { name = $"Company {Guid.NewGuid():N}" });
        var product = await m.CreateAsync(m.Admin, "/api/products", new { code = $"P-{Guid.NewGuid():N}"[..12], name = "Tea" });
        foreach (var (kind, id, writers) in new[] { ("companies", company, Expect.SignedIn()), ("products", product, Expect.Role(Expect.Managers)) })
        {
            Func<Task<long>> fresh = kind == "companies"
                ? () => m.CreateAsync(m.Admin, "/api/companies", new { name = $"Company {Guid.NewGuid():N}" })
                : () => m.CreateAsync(m.Admin, "/api/products", new { code = $"P-{Guid.NewGuid():N}"[..12], name = "Tea" });
            object New() => kind == "companies" ? new { name = $"Company {Guid.NewGuid():N}" } : new { code = $"P-{Guid.NewGuid():N}"[..12], name = "Tea" };
            m.Row($"GET /api/{kind}", Expect.SignedIn(), MatrixRequest.Get($"/api/{kind}"));
            m.Row($"GET /api/{kind}/{{id:long}}", Expect.SignedIn(), MatrixRequest.Get($"/api/{kind}/{id}"));
            m.Row($"GET /api/{kind}/{{id:long}}/audit", Expect.SignedIn(), MatrixRequest.Get($"/api/{kind}/{id}/audit"));
            m.Row($"POST /api/{kind}", writers, _ => Task.FromResult(MatrixRequest.Post($"/api/{kind}", New())));
            m.Row($"PUT /api/{kind}/{{id:long}}", writers, async _ =>
            {
                var record = await m.ReadAsync<JsonObject>($"/api/{kind}/{await fresh()}");
                record["name"] = $"Renamed {Guid.NewGuid():N}";
                return MatrixRequest.Put($"/api/{kind}/{record["id"]}", record, witness: $"/api/{kind}/{record["id"]}", ifMatch: (long)record["version"]!);
            });
            m.Row($"PATCH /api/{kind}/{{id:long}}", writers, async _ =>
            {
                var record = await m.ReadAsync<JsonObject>($"/api/{kind}/{await fresh()}");
                return Patch($"/api/{kind}/{record["id"]}", "name", (long)record["version"]!);
            });
            m.Row($"DELETE /api/{kind}/{{id:long}}", writers, async _ =>
            {
                var target = await fresh();
                return MatrixRequest.Delete($"/api/{kind}/{target}", witness: $"/api/{kind}/{target}");
            });
        }
    }

    private static (string Page, string Path)[] AdminPages(AccessMatrix m) =>
    [
        ("/admin/modules", "/admin/modules"), ("/admin/plugins", "/admin/plugins"), ("/admin/plugins/{Id}/settings", "/admin/plugins/notes/settings"),
        ("/admin/users", "/admin/users"), ("/admin/users/{Id:long}", $"/admin/users/{m.UserIds[Actor.Owner]}"),
        ("/admin/teams", "/admin/teams"), ("/admin/teams/{Id:long}", $"/admin/teams/{m.TeamA}"), ("/admin/api-keys", "/admin/api-keys"),
        ("/admin/templates", "/admin/templates"), ("/admin/templates/edit", "/admin/templates/edit?key=matrix.template"),
    ];

    private static void AddKpisAndExports(AccessMatrix m)
    {
        m.Row("GET /api/customers/export.csv", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/api/customers/export.csv"));
        m.Row("GET /api/deals/export.csv", Expect.List(Expect.OwnersSide), MatrixRequest.Get("/api/deals/export.csv"));
        m.Row("GET /api/kpis/sales", Expect.List(Expect.OwnersSide).Showing(SecretWonValue), MatrixRequest.Get($"/api/kpis/sales?{Period}"));
        m.Row("GET /api/kpis/orders", Expect.List(Expect.OwnersSide).Showing(SecretOrderTotal), MatrixRequest.Get($"/api/kpis/orders?{Period}"));
        // The funnel counts deals by stage and holds no amount or name to look for; KpiVisibilityTests checks its figures per role.
        m.Row("GET /api/kpis/funnel", Expect.SignedIn(), MatrixRequest.Get($"/api/kpis/funnel?{Period}"));
        m.Row("GET /api/kpis/retention", Expect.List(Expect.OwnersSide).Showing(SecretChurnRate), MatrixRequest.Get($"/api/kpis/retention?{ChurnDay}"));
        m.Row("GET /api/kpis/conversion", Expect.List(Expect.OwnersSide).Showing(SecretConversionRate), MatrixRequest.Get($"/api/kpis/conversion?{BookDay}"));
        m.Row("GET /api/kpis/acquisition", Expect.List(Expect.OwnersSide).Showing(SecretNewCustomers), MatrixRequest.Get($"/api/kpis/acquisition?{AcquisitionPeriod}"));
    }

    /// <summary>
    /// Before anything else, at <see cref="Start"/>: 7 customers of the owner's, each with a first purchase in May 2019,
    /// and 7 leads, 2 of them converted; then, past midnight, 3 of those customers churn. Nothing else the matrix makes
    /// is created on <see cref="BookDay"/> or is a customer at the start of <see cref="ChurnDay"/>.
    /// </summary>
    private static async Task AddKpiBookAsync(AccessMatrix m, CrmTestHost host)
    {
        var customers = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            customers.Add(await m.CreateAsync(m.Owner, "/api/customers", new { name = $"kpi customer {i}", stage = "customer" }));
            await m.CreateAsync(m.Owner, "/api/orders", new { number = $"K-{Guid.NewGuid():N}", customerId = customers[i], orderedUtc = "2019-05-10T10:00:00Z", currency = "CNY", lines = new[] { new { description = "tea", quantity = 1, unitPrice = 10m } } });
            await m.CreateAsync(m.Owner, "/api/leads", new { name = $"kpi lead {i}", customerId = i < 2 ? customers[i] : (long?)null });
        }
        await m.CreateAsync(m.Admin, "/api/spend", new { from = "2019-05-01", to = "2019-06-01", teamId = m.TeamA, kind = "marketing", amount = 7000m, currency = "CNY" });
        host.Clock.Advance(TimeSpan.FromHours(1));
        foreach (var id in customers.Take(3))
        {
            var record = await m.ReadAsync<JsonObject>($"/api/customers/{id}");
            record["stage"] = "churned";
            (await m.Owner.Put($"/api/customers/{id}", record, ifMatch: (long)record["version"]!)).EnsureSuccessStatusCode();
        }
    }

    private static async Task AddSpendAsync(AccessMatrix m)
    {
        var admins = Expect.Role(Actor.Admin);
        object New() => new { from = "2010-01-01", to = "2010-02-01", kind = "sales", amount = 100m, currency = "CNY", note = "matrix" };
        var spend = await m.CreateAsync(m.Admin, "/api/spend", New());
        m.Row("GET /api/spend", admins, MatrixRequest.Get("/api/spend"));
        m.Row("GET /api/spend/{id:long}", admins, MatrixRequest.Get($"/api/spend/{spend}"));
        m.Row("POST /api/spend", admins, _ => Task.FromResult(MatrixRequest.Post("/api/spend", New())));
        m.Row("PUT /api/spend/{id:long}", admins, async _ =>
        {
            var fresh = await m.CreateAsync(m.Admin, "/api/spend", New());
            return MatrixRequest.Put($"/api/spend/{fresh}", new { from = "2010-01-01", to = "2010-02-01", kind = "marketing", amount = 200m, currency = "CNY" }, witness: $"/api/spend/{fresh}");
        });
        m.Row("DELETE /api/spend/{id:long}", admins, async _ =>
        {
            var fresh = await m.CreateAsync(m.Admin, "/api/spend", New());
            return MatrixRequest.Delete($"/api/spend/{fresh}", witness: $"/api/spend/{fresh}");
        });
    }

    private static void AddAccess(AccessMatrix m)
    {
        var admins = Expect.Role(Actor.Admin);
        m.Open("POST /api/auth/sign-in").Open("GET /health");
        // The console's sign-in, language switch and files answer without a session; signing out needs one.
        m.Open("GET /sign-in").Open("POST /sign-in").Open("POST /language").Open("GET /console/{file}");
        m.Row("POST /sign-out", Expect.SignedIn(), MatrixRequest.Post("/sign-out"));
        m.Row("GET /api/auth/me", Expect.SignedIn(), MatrixRequest.Get("/api/auth/me"));
        m.Row("POST /api/auth/sign-out", Expect.SignedIn(), async actor => MatrixRequest.Post("/api/auth/sign-out") with { Token = await m.FreshTokenAsync(actor) });
        m.Row("GET /api/users", admins, MatrixRequest.Get("/api/users"));
        m.Row("POST /api/users", admins, _ => Task.FromResult(MatrixRequest.Post("/api/users", NewUser())));
        m.Row("PUT /api/users/{id:long}", admins, async _ =>
        {
            var user = await m.CreateAsync(m.Admin, "/api/users", NewUser());
            return MatrixRequest.Put($"/api/users/{user}", new { name = "Renamed" }, witness: "/api/users");
        });
        m.Row("POST /api/users/{id:long}/unlock", admins, MatrixRequest.Post($"/api/users/{m.UserIds[Actor.Owner]}/unlock"));
        m.Row("GET /api/teams", Expect.SignedIn(), MatrixRequest.Get("/api/teams"));
        m.Row("POST /api/teams", admins, _ => Task.FromResult(MatrixRequest.Post("/api/teams", new { name = $"Team {Guid.NewGuid():N}" })));
        m.Row("PUT /api/teams/{id:long}", admins, async _ =>
        {
            var team = await m.CreateAsync(m.Admin, "/api/teams", new { name = $"Team {Guid.NewGuid():N}" });
            return MatrixRequest.Put($"/api/teams/{team}", new { name = $"Renamed {Guid.NewGuid():N}" }, witness: "/api/teams");
        });
        m.Row("GET /api/apikeys", admins, MatrixRequest.Get("/api/apikeys"));
        m.Row("GET /api/apikeys/scopes", admins, MatrixRequest.Get("/api/apikeys/scopes"));
        m.Row("POST /api/apikeys", admins, MatrixRequest.Post("/api/apikeys", new { name = "integration", role = "rep" }));
        m.Row("DELETE /api/apikeys/{id:long}", admins, async _ =>
        {
            var created = await m.Admin.Post("/api/apikeys", new { name = "to revoke", role = "rep" });
            var id = (long)(await created.As<JsonObject>())["apiKey"]!["id"]!;
            return MatrixRequest.Delete($"/api/apikeys/{id}", witness: "/api/apikeys");
        });
        m.Row("GET /api/audit", admins, MatrixRequest.Get("/api/audit"));
        AddWebhooks(m, admins);
    }

    // A receiver name that never resolves: the matrix host allows no private addresses, and nothing must be sent.
    private static readonly object Webhook = new { url = "https://hooks.invalid/matrix", messages = new[] { "customer.create" } };

    private static void AddWebhooks(AccessMatrix m, Expect admins)
    {
        async Task<long> NewAsync() => (long)(await (await m.Admin.Post("/api/webhooks", Webhook)).As<JsonObject>())["webhook"]!["id"]!;
        m.Row("GET /api/webhooks", admins, MatrixRequest.Get("/api/webhooks"));
        m.Row("GET /api/webhooks/messages", admins, MatrixRequest.Get("/api/webhooks/messages"));
        m.Row("POST /api/webhooks", admins, MatrixRequest.Post("/api/webhooks", Webhook, witness: "/api/webhooks"));
        m.Row("GET /api/webhooks/{id:long}", admins, async _ => MatrixRequest.Get($"/api/webhooks/{await NewAsync()}"));
        m.Row("PUT /api/webhooks/{id:long}", admins, async _ =>
        {
            var id = await NewAsync();
            return MatrixRequest.Put($"/api/webhooks/{id}", new { url = "https://hooks.invalid/moved", messages = new[] { "order.create" } }, witness: $"/api/webhooks/{id}");
        });
        m.Row("DELETE /api/webhooks/{id:long}", admins, async _ => MatrixRequest.Delete($"/api/webhooks/{await NewAsync()}", witness: "/api/webhooks"));
        m.Row("POST /api/webhooks/{id:long}/resume", admins, async _ =>
        {
            var id = await NewAsync();
            return MatrixRequest.Post($"/api/webhooks/{id}/resume", witness: $"/api/webhooks/{id}/log");
        });
        m.Row("POST /api/webhooks/{id:long}/test", admins, async _ =>
        {
            var id = await NewAsync();
            return MatrixRequest.Post($"/api/webhooks/{id}/test", witness: $"/api/webhooks/{id}/log");
        });
        m.Row("GET /api/webhooks/{id:long}/log", admins, async _ => MatrixRequest.Get($"/api/webhooks/{await NewAsync()}/log"));
    }

    private static object NewUser() => new { email = $"{Guid.NewGuid():N}@matrix.example", name = "New", role = "rep", password = "long enough password" };

    private static async Task AddPlatformAsync(AccessMatrix m)
    {
        var admins = Expect.Role(Actor.Admin);
        m.Row("GET /api/plugins", Expect.SignedIn(), MatrixRequest.Get("/api/plugins"));
        m.Row("GET /api/plugins/check", Expect.SignedIn(), MatrixRequest.Get("/api/plugins/check"));
        m.Row("GET /api/plugins/{id}", Expect.SignedIn(), MatrixRequest.Get("/api/plugins/notes"));
        m.Row("GET /api/plugins/{id}/settings", Expect.SignedIn(), MatrixRequest.Get("/api/plugins/notes/settings"));
        m.Row("PUT /api/plugins/{id}/settings", admins, MatrixRequest.Put("/api/plugins/notes/settings", new { retentionDays = 730 }, witness: "/api/plugins/notes/settings"));
        m.Row("POST /api/plugins/{id}/enable", admins, MatrixRequest.Post("/api/plugins/notes/enable"));
        m.Row("POST /api/plugins/{id}/disable", admins, MatrixRequest.Post("/api/plugins/notes/disable", witness: "/api/plugins/notes")
            with { After = async () => (await m.Admin.PostAsync("/api/plugins/notes/enable", null)).EnsureSuccessStatusCode() });
        m.Row("GET /api/jobs", Expect.SignedIn(), MatrixRequest.Get("/api/jobs"));
        m.Row("POST /api/jobs/{key}/run", admins, MatrixRequest.Post("/api/jobs/notes.purge-expired/run"));
        m.Row("GET /openapi/{documentName}.json", Expect.SignedIn(), MatrixRequest.Get("/openapi/v1.json"));

        const string template = "matrix.greeting";
        (await m.Admin.Put($"/api/templates/{template}", new { kind = "message", body = "Hello {{ customer.name }}" })).EnsureSuccessStatusCode();
        m.Row("GET /api/templates", admins, MatrixRequest.Get("/api/templates"));
        m.Row("GET /api/templates/{key}", admins, MatrixRequest.Get($"/api/templates/{template}"));
        m.Row("GET /api/templates/{key}/versions", admins, MatrixRequest.Get($"/api/templates/{template}/versions"));
        m.Row("GET /api/templates/{key}/versions/{number:int}", admins, MatrixRequest.Get($"/api/templates/{template}/versions/1"));
        m.Row("PUT /api/templates/{key}", admins, _ => Task.FromResult(MatrixRequest.Put($"/api/templates/t{Guid.NewGuid():N}", new { kind = "message", body = "Hi" })));
        m.Row("POST /api/templates/{key}/versions/{number:int}/restore", admins, MatrixRequest.Post($"/api/templates/{template}/versions/1/restore", witness: $"/api/templates/{template}/versions"));
        m.Row("DELETE /api/templates/{key}", admins, async _ =>
        {
            var key = $"t{Guid.NewGuid():N}";
            (await m.Admin.Put($"/api/templates/{key}", new { kind = "message", body = "Bye" })).EnsureSuccessStatusCode();
            return MatrixRequest.Delete($"/api/templates/{key}", witness: $"/api/templates/{key}");
        });
        m.Row("POST /api/templates/preview", admins, MatrixRequest.Post("/api/templates/preview", new { body = "{{ customer.name }}", recordType = "customer", sample = true }));
        m.Row("POST /api/templates/{key}/preview", admins, MatrixRequest.Post($"/api/templates/{template}/preview", new { recordType = "customer", sample = true }));
    }

    private static async Task AddNotificationsAsync(AccessMatrix m, CrmTestHost host, long customerId)
    {
        (await m.Admin.Put("/api/templates/matrix.notice", new { kind = "message", body = $"{m.Secret} {{{{ customer.name }}}}" })).EnsureSuccessStatusCode();
        var customer = await m.Admin.Get<Sdk.Records.CustomerRecord>($"/api/customers/{customerId}");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var notifications = scope.ServiceProvider.GetRequiredService<INotifications>();
            var model = new Dictionary<string, object?> { ["customer"] = customer };
            await notifications.QueueAsync(new Notification("matrix.notice", NotificationRecipient.User(m.UserIds[Actor.Owner]), model), CancellationToken.None);
        }
        await host.DeliverOutboxAsync();
        var message = (long)(await m.Owner.Get<JsonObject>("/api/inbox"))["items"]![0]!["id"]!;
        m.Row("GET /api/inbox", Expect.List(Actor.Owner), MatrixRequest.Get("/api/inbox"));
        m.Row("POST /api/inbox/{id:long}/read", Expect.Record(Actor.Owner), MatrixRequest.Post($"/api/inbox/{message}/read"));
        m.Row("GET /api/notifications/log", Expect.Role(Actor.Admin), MatrixRequest.Get("/api/notifications/log"));
    }
}
