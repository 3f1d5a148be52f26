using System.Net;
using MimeKit;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Notifications;

/// <summary>E-mail to customers on the embedded default: .eml files in the mail-drop folder under the data folder.</summary>
public sealed class EmailTests : IAsyncLifetime
{
    private NotificationFixture fixture = null!;

    public async Task InitializeAsync()
    {
        fixture = await NotificationFixture.StartAsync();
        await fixture.SaveTemplateAsync("fixture.welcome", "Subject: {{ crm_text.greeting customer.name 'zh' }}\n\n欢迎加入，{{ customer.name }}！\n");
    }

    public Task DisposeAsync() => fixture.DisposeAsync().AsTask();

    [Fact]
    public async Task A_new_customers_welcome_is_an_eml_file_a_mail_program_reads_with_the_rendered_text()
    {
        var customer = await fixture.CreateCustomerAsync("王芳", "wang.fang@example.com", consent: true);
        Assert.Empty(fixture.MailDropFiles()); // queued in the change, delivered after it

        Assert.Equal(1, await fixture.Host.DeliverOutboxAsync());

        var file = Assert.Single(fixture.MailDropFiles());
        Assert.DoesNotContain(await File.ReadAllBytesAsync(file), b => b > 127); // 7-bit clean: any mail program reads it
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("王芳，您好", message.Subject);
        Assert.Equal("wang.fang@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("欢迎加入，王芳！", message.TextBody!.TrimEnd());
        var logged = Assert.Single(await fixture.LogAsync());
        Assert.Equal(("fixture.welcome", 1, $"customer:{customer.Id}", "welcome", NotificationStatus.Sent, 1),
            (logged.TemplateKey, logged.TemplateVersion, logged.Recipient, logged.Occasion, logged.Status, logged.Attempts));
        Assert.Equal(Assert.Single(fixture.MailDropFiles()), logged.DeliveredTo);
    }

    [Fact]
    public async Task The_log_names_the_template_version_each_message_was_rendered_from()
    {
        var first = await fixture.CreateCustomerAsync("Li Lei", "li.lei@example.com", consent: true);
        await fixture.SaveTemplateAsync("fixture.welcome", "Subject: Welcome\n\nHello {{ customer.name }}, version two.");
        var second = await fixture.CreateCustomerAsync("Han Meimei", "han.meimei@example.com", consent: true);
        await fixture.Host.DeliverOutboxAsync();

        var log = await fixture.LogAsync("?templateKey=fixture.welcome");
        Assert.Equal([($"customer:{second.Id}", 2, "Welcome"), ($"customer:{first.Id}", 1, "Li Lei，您好")],
            log.Select(l => (l.Recipient, l.TemplateVersion, l.Subject)));
    }

    [Fact]
    public async Task A_customer_without_consent_or_address_gets_nothing_and_the_result_says_why()
    {
        var silent = await fixture.CreateCustomerAsync("Zhao Lei", "zhao.lei@example.com", consent: false);
        var noAddress = await fixture.CreateCustomerAsync("Sun Li", null, consent: true);

        Assert.Equal("no-consent", (await fixture.QueueAsync("fixture.welcome", customerId: silent.Id)).Reason);
        Assert.Equal("no-address", (await fixture.QueueAsync("fixture.welcome", customerId: noAddress.Id)).Reason);
        await fixture.Host.DeliverOutboxAsync();
        Assert.Empty(fixture.MailDropFiles());
        Assert.Empty(await fixture.LogAsync());
    }

    [Fact]
    public async Task Consent_withdrawn_after_queueing_sends_nothing_and_the_log_says_skipped()
    {
        var customer = await fixture.CreateCustomerAsync("Zhou Jie", "zhou.jie@example.com", consent: true);
        var withdrawn = await fixture.Host.Client.Put($"/api/customers/{customer.Id}", customer with { ConsentToContact = false }, ifMatch: customer.Version);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        await fixture.Host.DeliverOutboxAsync();

        Assert.Empty(fixture.MailDropFiles());
        var logged = Assert.Single(await fixture.LogAsync());
        Assert.Equal((NotificationStatus.Skipped, "no-consent"), (logged.Status, logged.Reason));
    }

    [Fact]
    public async Task A_change_that_rolls_back_queues_nothing()
    {
        var response = await fixture.Host.Client.Post("/api/customers", new { name = "Explode Ltd", email = "boom@example.com", consentToContact = true });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, await fixture.Host.DeliverOutboxAsync());
        Assert.Empty(await fixture.LogAsync()); // the log lists every notification row, pending ones too
        Assert.Empty(fixture.MailDropFiles());
    }

    [Fact]
    public async Task An_occasion_is_used_once_per_customer_even_after_a_restart()
    {
        var customer = await fixture.CreateCustomerAsync("Wu Fei", "wu.fei@example.com", consent: true);
        Assert.True((await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "birthday:2026")).Queued);
        Assert.Equal("already-sent", (await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "birthday:2026")).Reason);

        await fixture.RestartAsync();

        Assert.Equal("already-sent", (await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "birthday:2026")).Reason);
        Assert.True((await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "birthday:2027")).Queued);
        Assert.Equal(3, await fixture.Host.DeliverOutboxAsync()); // the welcome, birthday:2026 and birthday:2027
        Assert.Equal(3, fixture.MailDropFiles().Length);
    }

    [Fact]
    public async Task Racing_requests_for_one_occasion_queue_one_message()
    {
        var customer = await fixture.CreateCustomerAsync("Wu Fei", "wu.fei@example.com", consent: true);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "spring-festival:2026")));

        Assert.Equal(1, results.Count(r => r.Queued));
        Assert.All(results.Where(r => !r.Queued), r => Assert.Equal("already-sent", r.Reason));
        Assert.Single(await fixture.LogAsync("?status=pending"), l => l.Occasion == "spring-festival:2026");
    }

    [Fact]
    public async Task A_missing_message_template_is_a_clear_error_and_queues_nothing()
    {
        var customer = await fixture.CreateCustomerAsync("Ma Li", "ma.li@example.com", consent: true);

        var response = await fixture.Host.Client.Post("/api/notify/queue", new { templateKey = "care.nothing", customerId = customer.Id });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("There is no message template 'care.nothing'", (await response.As<Problem>()).Detail);
        Assert.Single(await fixture.LogAsync()); // the welcome only
    }

    [Fact]
    public async Task A_message_for_later_waits_for_its_time_and_can_be_withdrawn_until_then()
    {
        var customer = await fixture.CreateCustomerAsync("Qian Yu", "qian.yu@example.com", consent: true);
        await fixture.Host.DeliverOutboxAsync(); // the welcome
        var now = fixture.Host.Clock.GetUtcNow().UtcDateTime;
        Assert.True((await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "later:1", notBeforeUtc: now.AddDays(2))).Queued);
        Assert.True((await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "later:2", notBeforeUtc: now.AddDays(2))).Queued);

        fixture.Host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await fixture.Host.DeliverOutboxAsync());
        Assert.True(await fixture.WithdrawAsync("later:2", customerId: customer.Id));
        Assert.False(await fixture.WithdrawAsync("later:2", customerId: customer.Id)); // gone already
        Assert.True((await fixture.QueueAsync("fixture.welcome", customerId: customer.Id, occasion: "later:2", notBeforeUtc: now.AddDays(3))).Queued); // the occasion is free again

        fixture.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await fixture.Host.DeliverOutboxAsync());
        Assert.False(await fixture.WithdrawAsync("later:1", customerId: customer.Id)); // delivered: too late to take back
        Assert.Equal([("later:1", NotificationStatus.Sent), ("later:2", NotificationStatus.Pending)],
            (await fixture.LogAsync()).Where(l => l.Occasion!.StartsWith("later:")).Select(l => (l.Occasion!, l.Status)).Order());
        Assert.Equal(2, fixture.MailDropFiles().Length);
    }
}
