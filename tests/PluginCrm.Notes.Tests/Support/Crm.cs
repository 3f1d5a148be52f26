using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Notes.Tests.Support;

/// <summary>A signed-in user and a client acting as it.</summary>
public sealed record Person(long Id, string Email, HttpClient Client);

/// <summary>Sets up what notes are written on: people in teams, customers, the public pool.</summary>
public static class Crm
{
    public static async Task<Person> PersonAsync(this CrmTestHost host, string email, CrmRole role, long? teamId)
    {
        var (user, client) = await host.SignedInUserAsync(email, role, teamId);
        return new Person(user.Id, user.Email, client);
    }

    /// <summary>A customer the admin creates; its team is its owner's.</summary>
    public static async Task<long> CustomerAsync(this CrmTestHost host, string name, long? ownerId)
    {
        var response = await host.Client.PostAsJsonAsync("/api/customers", new { name, ownerId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>Puts a customer in the public pool, as the lead-assignment module does: every user reads it, its owner alone changes it.</summary>
    public static async Task ShareAsync(this CrmTestHost host, long customerId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecordSharing>().ShareAsync("notes", RecordTypes.Customer, customerId, CancellationToken.None);
    }

    private sealed record Created(long Id);
}
