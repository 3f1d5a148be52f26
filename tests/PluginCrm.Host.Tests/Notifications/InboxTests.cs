using System.Net;
using PluginCrm.Host.Notifications.Inbox;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Tests.Notifications;

public sealed class InboxTests : IAsyncLifetime
{
    private NotificationFixture fixture = null!;

    public async Task InitializeAsync() => fixture = await NotificationFixture.StartAsync();

    public Task DisposeAsync() => fixture.DisposeAsync().AsTask();

    [Fact]
    public async Task A_user_gets_the_rendered_message_in_their_own_inbox_after_delivery_and_marks_it_read()
    {
        var host = fixture.Host;
        await fixture.SaveTemplateAsync("leads.assigned", "Subject: New leads for {{ user.name }}\n\nYou have {{ count }} new leads.\n");
        var (anna, annaClient) = await host.SignedInUserAsync("anna@example.com", CrmRole.Rep);
        var (_, bobClient) = await host.SignedInUserAsync("bob@example.com", CrmRole.Rep);

        Assert.True((await fixture.QueueAsync("leads.assigned", userId: anna.Id, model: new { count = "3" })).Queued);
        Assert.Empty((await annaClient.Get<ListPage<InboxMessageView>>("/api/inbox")).Items); // not before delivery
        Assert.Equal(1, await host.DeliverOutboxAsync());

        var inbox = await annaClient.Get<ListPage<InboxMessageView>>("/api/inbox?unread=true");
        var message = Assert.Single(inbox.Items);
        Assert.Equal(("New leads for anna@example.com", "You have 3 new leads."), (message.Subject, message.Body));
        Assert.Empty((await bobClient.Get<ListPage<InboxMessageView>>("/api/inbox")).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await bobClient.PostAsync($"/api/inbox/{message.Id}/read", null)).StatusCode);

        var read = await (await annaClient.PostAsync($"/api/inbox/{message.Id}/read", null)).As<InboxMessageView>();
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, read.ReadUtc);
        Assert.Empty((await annaClient.Get<ListPage<InboxMessageView>>("/api/inbox?unread=true")).Items);
        Assert.Single((await annaClient.Get<ListPage<InboxMessageView>>("/api/inbox")).Items);
        Assert.Equal(0, await host.DeliverOutboxAsync()); // delivered once only
        Assert.Single((await annaClient.Get<ListPage<InboxMessageView>>("/api/inbox")).Items);
    }

    [Fact]
    public async Task The_inbox_is_paged_newest_first_and_bad_paging_names_the_field()
    {
        var host = fixture.Host;
        await fixture.SaveTemplateAsync("ping", "Subject: Ping {{ n }}\nbody");
        var (anna, client) = await host.SignedInUserAsync("anna@example.com", CrmRole.Rep);
        foreach (var n in new[] { "1", "2", "3" })
            await fixture.QueueAsync("ping", userId: anna.Id, model: new { n });
        await host.DeliverOutboxAsync();

        var page = await client.Get<ListPage<InboxMessageView>>("/api/inbox?page=1&pageSize=2");
        Assert.Equal(3, page.Total);
        Assert.Equal(["Ping 3", "Ping 2"], page.Items.Select(m => m.Subject));
        var bad = await client.GetAsync("/api/inbox?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("pageSize", (await bad.As<Problem>()).Errors!.Keys);
    }

    [Fact]
    public async Task An_inactive_or_unknown_user_gets_nothing_queued()
    {
        await fixture.SaveTemplateAsync("ping", "hello");

        var result = await fixture.QueueAsync("ping", userId: 999);

        Assert.Equal((false, "no-recipient"), (result.Queued, result.Reason));
        Assert.Empty(await fixture.LogAsync());
    }
}
