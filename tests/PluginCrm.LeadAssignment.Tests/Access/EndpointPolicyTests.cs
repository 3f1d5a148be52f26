using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Access;

/// <summary>The host's named policies guard the endpoints for managers and for admins, with RFC 9457 problems.</summary>
public sealed class EndpointPolicyTests() : TwoTeams(repsPerTeam: 1)
{
    private static readonly (HttpMethod Method, string Path)[] ForManagers =
    [
        (HttpMethod.Post, "/api/lead-assignment/rules/dry-run"), (HttpMethod.Post, "/api/lead-assignment/assign"),
        (HttpMethod.Put, "/api/lead-assignment/reps/1"), (HttpMethod.Post, "/api/lead-assignment/transfers"), (HttpMethod.Get, "/api/lead-assignment/queue"),
    ];

    private static readonly (HttpMethod Method, string Path)[] ForAdmins =
    [
        (HttpMethod.Post, "/api/lead-assignment/rules"), (HttpMethod.Put, "/api/lead-assignment/rules/1"),
        (HttpMethod.Delete, "/api/lead-assignment/rules/1"), (HttpMethod.Post, "/api/lead-assignment/duplicates/reindex"),
    ];

    private static readonly (HttpMethod Method, string Path)[] ForEveryone =
    [
        (HttpMethod.Get, "/api/lead-assignment/rules"), (HttpMethod.Get, "/api/lead-assignment/reps"), (HttpMethod.Get, "/api/lead-assignment/pool"),
        (HttpMethod.Post, "/api/lead-assignment/pool/customers/1/claim"), (HttpMethod.Get, "/api/lead-assignment/audit"),
        (HttpMethod.Get, "/api/lead-assignment/duplicates?phone=12345"),
    ];

    private static Task<HttpResponseMessage> Send(HttpClient client, (HttpMethod Method, string Path) endpoint) =>
        client.SendAsync(new HttpRequestMessage(endpoint.Method, endpoint.Path) { Content = JsonContent.Create(new { }) });

    private static async Task AssertAllAsync(HttpClient client, IEnumerable<(HttpMethod Method, string Path)> endpoints, HttpStatusCode expected)
    {
        foreach (var endpoint in endpoints)
        {
            var response = await Send(client, endpoint);
            Assert.True(response.StatusCode == expected, $"{endpoint.Method} {endpoint.Path}: {(int)response.StatusCode}, not {(int)expected}");
            if (expected == HttpStatusCode.Forbidden)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Reps_get_a_403_problem_from_every_endpoint_for_managers_and_admins() =>
        await AssertAllAsync(East.Reps[0].Client, ForManagers.Concat(ForAdmins), HttpStatusCode.Forbidden);

    [Fact]
    public async Task Managers_get_a_403_problem_from_every_endpoint_for_admins() =>
        await AssertAllAsync(East.Manager, ForAdmins, HttpStatusCode.Forbidden);

    [Fact]
    public async Task Nobody_signed_out_reaches_any_endpoint() =>
        await AssertAllAsync(Host.Host.AnonymousClient(), ForManagers.Concat(ForAdmins).Concat(ForEveryone), HttpStatusCode.Unauthorized);
}
