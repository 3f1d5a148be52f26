using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Access;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Sdk.Testing.Access;

/// <summary>
/// An authorisation matrix: every endpoint the running host maps, called as each <see cref="Actor"/> against records
/// that belong to someone else (<see cref="Actor.Owner"/>, a rep of team A), checked against what it must answer.
/// Endpoints come from the host's own endpoint data source, so an endpoint without a row fails the matrix. A leak is
/// a 2xx where a refusal is due, a refusal where access is due, the record's <see cref="Secret"/> in an answer to
/// someone who may not see it, a refused write that changed something, or any 5xx.
/// <code>
/// var matrix = await AccessMatrix.CreateAsync(host);
/// var id = await matrix.CreateAsync(matrix.Owner, "/api/hello/things", new { text = matrix.Secret });
/// matrix.Row("GET /api/hello/things/{id:long}", Expect.Record(Expect.OwnersSide), MatrixRequest.Get($"/api/hello/things/{id}"));
/// (await matrix.RunAsync()).ThrowIfAny();
/// </code>
/// </summary>
public sealed partial class AccessMatrix
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private readonly CrmTestHost host;
    private readonly Dictionary<Actor, HttpClient> clients;
    private readonly Dictionary<string, (Expect Expect, Func<Actor, Task<MatrixRequest>> Request)> rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> open = new(StringComparer.Ordinal);
    private readonly List<(Actor Like, string Name, HttpClient Client)> keys = [];
    private readonly HashSet<string> personalRows = new(StringComparer.Ordinal);

    private readonly Dictionary<Actor, string> emails;

    private AccessMatrix(CrmTestHost host, Dictionary<Actor, HttpClient> clients, Dictionary<Actor, string> emails, IReadOnlyDictionary<Actor, long> userIds, long teamA, long teamB)
    {
        (this.host, this.clients, this.emails, UserIds, TeamA, TeamB) = (host, clients, emails, userIds, teamA, teamB);
    }

    /// <summary>Text unique to this matrix: put it into the records under test; only those who may see them may find it.</summary>
    public string Secret { get; } = $"Secret{Guid.NewGuid():N}"[..22];

    /// <summary>Team A (the owner's) and team B.</summary>
    public long TeamA { get; }

    /// <inheritdoc cref="TeamA"/>
    public long TeamB { get; }

    /// <summary>The user id of each signed-in actor.</summary>
    public IReadOnlyDictionary<Actor, long> UserIds { get; }

    /// <summary>A client acting as <paramref name="actor"/> (no token for <see cref="Actor.Anonymous"/>).</summary>
    public HttpClient Client(Actor actor) => clients[actor];

    /// <summary>The owner's client.</summary>
    public HttpClient Owner => clients[Actor.Owner];

    /// <summary>The admin's client.</summary>
    public HttpClient Admin => clients[Actor.Admin];

    /// <summary>Creates teams A and B, a rep who owns the records, a teammate, both teams' managers, a rep of B and an admin, all signed in.</summary>
#pragma warning disable RS0027 // The factory and the instance CreateAsync (a record as a client) share a name, not a meaning; both shipped in 2.0.0.
    public static async Task<AccessMatrix> CreateAsync(CrmTestHost host, CancellationToken cancellationToken = default)
#pragma warning restore RS0027
    {
        var teamA = await host.CreateTeamAsync($"Matrix A {Guid.NewGuid():N}"[..20], cancellationToken);
        var teamB = await host.CreateTeamAsync($"Matrix B {Guid.NewGuid():N}"[..20], cancellationToken);
        var people = new (Actor Actor, CrmRole Role, long Team)[]
        {
            (Actor.Owner, CrmRole.Rep, teamA), (Actor.Teammate, CrmRole.Rep, teamA), (Actor.OwnerManager, CrmRole.Manager, teamA),
            (Actor.OtherRep, CrmRole.Rep, teamB), (Actor.OtherManager, CrmRole.Manager, teamB), (Actor.Admin, CrmRole.Admin, 0),
        };
        var clients = new Dictionary<Actor, HttpClient> { [Actor.Anonymous] = host.AnonymousClient() };
        var ids = new Dictionary<Actor, long>();
        var emails = new Dictionary<Actor, string>();
        foreach (var (actor, role, team) in people)
        {
            emails[actor] = $"{actor.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@matrix.example";
            var (user, client) = await host.SignedInUserAsync(emails[actor], role, team == 0 ? null : team, cancellationToken);
            (clients[actor], ids[actor]) = (client, user.Id);
        }
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var teams = scope.ServiceProvider.GetRequiredService<Teams>();
            foreach (var (team, manager) in new[] { (teamA, ids[Actor.OwnerManager]), (teamB, ids[Actor.OtherManager]) })
            {
                var view = (await teams.ListAsync(cancellationToken)).Single(t => t.Id == team);
                await teams.UpdateAsync(team, new NewTeam(view.Name, view.Region, manager), cancellationToken);
            }
        }
        return new AccessMatrix(host, clients, emails, ids, teamA, teamB);
    }

    /// <summary>
    /// Declares what <paramref name="endpoint"/> (<c>"GET /api/customers/{id:long}"</c>, method and route pattern as
    /// mapped) must answer, with the call to make for each actor; a call made per actor may create what it needs first
    /// (a fresh record to delete, say).
    /// </summary>
    public AccessMatrix Row(string endpoint, Expect expect, Func<Actor, Task<MatrixRequest>> request)
    {
        if (!rows.TryAdd(Normalize(endpoint), (expect, request)))
            throw new ArgumentException($"{endpoint} has a row already", nameof(endpoint));
        return this;
    }

    /// <summary>Declares an endpoint with the same call for every actor.</summary>
    public AccessMatrix Row(string endpoint, Expect expect, MatrixRequest request) => Row(endpoint, expect, _ => Task.FromResult(request));

    /// <summary>Declares an endpoint that answers without a token (sign-in, health); it is not called.</summary>
    public AccessMatrix Open(string endpoint)
    {
        open.Add(Normalize(endpoint));
        return this;
    }

    /// <summary>
    /// Calls every row a second time with API keys standing in for roles, each expected to answer as the actor it stands
    /// for: a manager key limited to team A (as <see cref="Actor.OwnerManager"/>), one limited to team B (as
    /// <see cref="Actor.OtherManager"/>) and an admin key (as <see cref="Actor.Admin"/>). Rows that act for a person (their
    /// own day, their own inbox) are the caller's to leave out with <paramref name="personal"/>.
    /// </summary>
    public async Task<AccessMatrix> AlsoAsApiKeysAsync(params string[] personal)
    {
        foreach (var (like, role, team) in new[] { (Actor.OwnerManager, CrmRole.Manager, (long?)TeamA), (Actor.OtherManager, CrmRole.Manager, TeamB), (Actor.Admin, CrmRole.Admin, null) })
        {
            await using var scope = host.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(new NewApiKeyRequest($"matrix {like} key", role, TeamId: team), CancellationToken.None);
            var client = host.AnonymousClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", created.Key);
            keys.Add((like, $"{like}'s key", client));
        }
        foreach (var endpoint in personal)
            personalRows.Add(Normalize(endpoint));
        return this;
    }

    /// <summary>POSTs <paramref name="body"/> as <paramref name="client"/>, insists on success, and returns the answer's <c>id</c>.</summary>
    public async Task<long> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"setting up the matrix: POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>A new session of <paramref name="actor"/>'s, for calls that end one (sign-out); null for <see cref="Actor.Anonymous"/>.</summary>
    public async Task<string?> FreshTokenAsync(Actor actor)
    {
        if (actor == Actor.Anonymous)
            return null;
        var response = await host.AnonymousClient().PostAsJsonAsync("/api/auth/sign-in", new { email = emails[actor], password = CrmTestHost.Password });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
    }

    /// <summary>GETs <paramref name="path"/> as the admin and reads it as <typeparamref name="T"/>.</summary>
    public async Task<T> ReadAsync<T>(string path) => (await Admin.GetFromJsonAsync<T>(path, Json))!;

    /// <summary>
    /// Calls every row as every actor and checks every endpoint the host maps has a row, or with
    /// <paramref name="pathPrefix"/> (a plugin's <c>/api/notes</c>) every endpoint under it.
    /// </summary>
    public async Task<MatrixReport> RunAsync(string? pathPrefix = null)
    {
        var report = new MatrixReport();
        var mapped = MappedEndpoints();
        if (pathPrefix is not null)
            mapped.RemoveWhere(e => !e[(e.IndexOf(' ') + 1)..].StartsWith(pathPrefix, StringComparison.Ordinal));
        foreach (var endpoint in mapped.Where(e => !rows.ContainsKey(e) && !open.Contains(e)))
            report.Add($"{endpoint}: mapped by the host but has no row in the matrix");
        foreach (var endpoint in rows.Keys.Concat(open).Where(e => !mapped.Contains(e)))
            report.Add($"{endpoint}: has a row but the host maps no such endpoint");
        foreach (var (endpoint, (expect, request)) in rows)
        {
            foreach (var actor in Enum.GetValues<Actor>())
                await CheckAsync(report, endpoint, expect, actor, await request(actor));
            foreach (var (like, name, client) in personalRows.Contains(endpoint) ? [] : keys)
                await CheckAsync(report, endpoint, expect, like, await request(like), (client, name));
        }
        report.Calls = rows.Count * Enum.GetValues<Actor>().Length + rows.Keys.Count(e => !personalRows.Contains(e)) * keys.Count;
        return report;
    }

    /// <summary>
    /// Calls every row again with the credentials of <paramref name="strangers"/> in each actor's place (and their API keys,
    /// if they have any): another matrix, made alike on another tenant's host, whose records have the same ids as this one's.
    /// Each call must be answered as a call without a token is (401, or the console's sign-in page), showing neither this
    /// matrix's <see cref="Secret"/> nor the strangers', and changing nothing.
    /// </summary>
    public async Task<MatrixReport> RunAsStrangersAsync(AccessMatrix strangers)
    {
        var report = new MatrixReport();
        // One client of this host per stranger, carrying the stranger's credentials, for every row.
        var callers = strangers.clients.Where(c => c.Key != Actor.Anonymous).Select(c => (Like: c.Key, Name: $"a stranger's {c.Key}", Client: c.Value))
            .Concat(strangers.keys.Select(k => (k.Like, Name: $"a stranger's {k.Name}", k.Client)))
            .Select(c => (c.Like, c.Name, Client: WithCredentialsOf(c.Client))).ToList();
        foreach (var (endpoint, (expect, request)) in rows)
        {
            // One call per row serves every stranger: each must be refused and change nothing, so the record it names is
            // still there for the next (one that was not would answer 404, not 401, and be reported).
            var call = await request(callers[0].Like);
            foreach (var (like, name, client) in callers)
            {
                // A row that sends a token of its own (a fresh session to end) sends the stranger's instead.
                var sent = call.Token is null ? call : call with { Token = await strangers.FreshTokenAsync(like) };
                await CheckAsync(report, endpoint, expect, Actor.Anonymous, sent, (client, name), strangers.Secret);
                report.Calls++;
            }
        }
        return report;
    }

    private HttpClient WithCredentialsOf(HttpClient stranger)
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = stranger.DefaultRequestHeaders.Authorization;
        return client;
    }

    private async Task CheckAsync(MatrixReport report, string endpoint, Expect expect, Actor actor, MatrixRequest request, (HttpClient Client, string Name)? key = null, string? strangersSecret = null)
    {
        var before = request.Witness is { } witness ? await Admin.GetStringAsync(witness) : null;
        using var response = await (key?.Client ?? clients[actor]).SendAsync(request.ToMessage());
        var body = await response.Content.ReadAsStringAsync();
        if (request.After is { } after)
            await after();
        var status = (int)response.StatusCode;
        var marker = expect.Marker ?? Secret;
        // A problem's trace and correlation ids are random hex: a marker of digits could turn up in them by chance.
        var shown = RandomIds().Replace(body, "");
        var shows = shown.Contains(marker, StringComparison.Ordinal) || (strangersSecret is not null && shown.Contains(strangersSecret, StringComparison.Ordinal));
        var where = $"{endpoint} as {key?.Name ?? actor.ToString()} ({request.Method} {request.Path}): {status}";
        if (status >= 500)
        {
            report.Add($"{where}: a server error: {Trim(body)}");
            return;
        }
        if (actor == Actor.Anonymous)
        {
            // A page of the web console sends a visitor without a session to its sign-in page instead of answering 401.
            var signInPage = response.RequestMessage?.RequestUri?.AbsolutePath == "/sign-in" && request.Method == HttpMethod.Get;
            if ((status != 401 && !signInPage) || shows)
                report.Add($"{where}: must be 401 without a token");
            else if (before is not null && before != await Admin.GetStringAsync(request.Witness!))
                report.Add($"{where}: refused, but {request.Witness} changed");
            return;
        }
        var success = status is >= 200 and < 300;
        switch (expect.Kind)
        {
            case ExpectKind.Record when expect.Actors.Contains(actor):
            case ExpectKind.Role when expect.Actors.Contains(actor):
            case ExpectKind.SignedIn:
                if (!success)
                    report.Add($"{where}: must succeed for {actor}: {Trim(body)}");
                else if (expect.Kind == ExpectKind.SignedIn && shows)
                    report.Add($"{where}: holds the record, which this endpoint must never show");
                break;
            case ExpectKind.Role:
                if (status != 403 || shows)
                    report.Add($"{where}: must be 403 for {actor}{(shows ? ", and it shows the record" : "")}");
                else if (before is not null && before != await Admin.GetStringAsync(request.Witness!))
                    report.Add($"{where}: refused, but {request.Witness} changed");
                break;
            case ExpectKind.Record:
                if (success || status is 401 or 405 or 415 || shows)
                    report.Add($"{where}: must be refused (4xx, nothing of the record) for {actor}{(shows ? ", and it shows the record" : "")}: {Trim(body)}");
                else if (before is not null && before != await Admin.GetStringAsync(request.Witness!))
                    report.Add($"{where}: refused, but {request.Witness} changed");
                break;
            case ExpectKind.List:
                if (!success)
                    report.Add($"{where}: must succeed for {actor}: {Trim(body)}");
                else if (shows != expect.Actors.Contains(actor))
                    report.Add($"{where}: {(shows ? "shows" : "does not show")} the record to {actor}");
                break;
        }
    }

    private HashSet<string> MappedEndpoints()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => Normalize($"{method} {e.RoutePattern.RawText}")))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Normalize(string endpoint)
    {
        var space = endpoint.IndexOf(' ');
        var path = endpoint[(space + 1)..].Trim();
        path = "/" + path.Trim('/');
        return $"{endpoint[..space].ToUpperInvariant()} {path}";
    }

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300] + "…";

    [System.Text.RegularExpressions.GeneratedRegex("\"(traceId|correlationId)\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex RandomIds();
}
