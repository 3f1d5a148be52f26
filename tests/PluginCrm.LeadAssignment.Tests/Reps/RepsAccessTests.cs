using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Reps;

/// <summary>Weights, caps and absences: each caller sees and sets those of the reps it oversees, as the host says.</summary>
public sealed class RepsAccessTests : TwoTeams
{
    private sealed record RepView(long UserId, long? TeamId, int Weight, int? Cap);

    private static Task<HttpResponseMessage> Set(HttpClient client, long userId, object settings) =>
        client.PutAsJsonAsync($"/api/lead-assignment/reps/{userId}", settings);

    private static async Task<List<RepView>> ListAsync(HttpClient client) =>
        await (await client.GetAsync("/api/lead-assignment/reps")).As<List<RepView>>();

    private async Task<(int Weight, int? Cap)> SettingsOf(long userId)
    {
        var rep = (await ListAsync(Host.Admin)).Single(r => r.UserId == userId);
        return (rep.Weight, rep.Cap);
    }

    [Fact]
    public async Task A_manager_of_another_team_cannot_change_a_rep_which_reads_as_a_user_that_does_not_exist()
    {
        var refused = await Set(West.Manager, East.Reps[0].Id, new { weight = 50, cap = 0 });
        var missing = await Set(West.Manager, 999_999, new { weight = 50, cap = 0 });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(await Problem.ReadAsync(missing, 999_999), await Problem.ReadAsync(refused, East.Reps[0].Id));
        Assert.Equal((1, (int?)null), await SettingsOf(East.Reps[0].Id));
    }

    [Fact]
    public async Task A_manager_sets_its_own_team_s_reps_and_an_admin_anyone_s()
    {
        Assert.Equal(HttpStatusCode.OK, (await Set(East.Manager, East.Reps[0].Id, new { weight = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Set(Host.Admin, West.Reps[0].Id, new { cap = 4 })).StatusCode);

        Assert.Equal((3, (int?)null), await SettingsOf(East.Reps[0].Id));
        Assert.Equal((1, (int?)4), await SettingsOf(West.Reps[0].Id));
    }

    [Fact]
    public async Task A_rep_cannot_set_even_its_own_settings_and_nobody_signed_out_can()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Set(East.Reps[0].Client, East.Reps[0].Id, new { weight = 100 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Set(Host.Host.AnonymousClient(), East.Reps[0].Id, new { weight = 100 })).StatusCode);
        Assert.Equal((1, (int?)null), await SettingsOf(East.Reps[0].Id));
    }

    [Fact]
    public async Task Each_caller_lists_only_the_reps_it_oversees()
    {
        var everyone = East.Reps.Concat(West.Reps).Select(r => r.Id).Order();

        Assert.Equal(West.Reps.Select(r => r.Id), (await ListAsync(West.Manager)).Select(r => r.UserId));
        Assert.Equal([East.Reps[1].Id], (await ListAsync(East.Reps[1].Client)).Select(r => r.UserId));
        Assert.Equal(everyone, (await ListAsync(Host.Admin)).Select(r => r.UserId).Order());
    }
}
