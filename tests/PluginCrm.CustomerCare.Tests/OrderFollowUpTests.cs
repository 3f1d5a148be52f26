using System.Net;

namespace PluginCrm.CustomerCare.Tests;

public sealed class OrderFollowUpTests
{
    [Fact]
    public async Task An_order_is_followed_up_once_the_configured_days_after_it_was_placed()
    {
        await using var care = await CareHost.StartAsync(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await care.SaveTemplateAsync("care.order-follow-up",
            "Subject: Your order {{ order.number }}\n\nHow do you like your order of {{ crm_money.format order.total order.currency 'en-US' }}?");
        Assert.Equal(HttpStatusCode.OK, (await care.PutSettingsAsync(new { followUpDays = 3 })).StatusCode);
        var ada = await care.CustomerAsync("Ada Lovelace");
        var threeDaysAgo = await care.OrderAsync(ada.Id, "SO-1", new DateTime(2026, 1, 2, 17, 30, 0, DateTimeKind.Utc), 2, 29.90m);
        await care.OrderAsync(ada.Id, "SO-2", new DateTime(2026, 1, 4, 10, 0, 0, DateTimeKind.Utc), 1, 10m);
        await care.OrderAsync(ada.Id, "SO-OLD", new DateTime(2025, 11, 1, 10, 0, 0, DateTimeKind.Utc), 1, 5m); // e.g. imported: too old
        await care.OrderAsync(ada.Id, "SO-C", new DateTime(2026, 1, 2, 11, 0, 0, DateTimeKind.Utc), -1, 29.90m); // a cancellation

        await care.RunAsync("order-follow-up");
        await care.RunAsync("order-follow-up");

        var mail = Assert.Single(care.Mails());
        Assert.Equal(("Your order SO-1", "How do you like your order of $59.80?"), (mail.Subject, mail.TextBody!.Trim())); // 2 x 29.90
        Assert.Equal([$"order-follow-up:{threeDaysAgo.Id}"], (await care.LogAsync()).Select(l => l.Occasion));

        await care.RestartAsync(new DateTimeOffset(2026, 1, 7, 9, 0, 0, TimeSpan.Zero)); // SO-2 is 3 days old now
        await care.RunAsync("order-follow-up");
        Assert.Equal(["Your order SO-1", "Your order SO-2"], care.Mails().Select(m => m.Subject).Order());
    }
}
