using System.Net.Http.Json;
using PluginCrm.CustomerCare.Birthdays;

namespace PluginCrm.CustomerCare.Tests;

public sealed class BirthdayTests
{
    private static readonly DateTimeOffset Jan5 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Todays_birthdays_are_greeted_once_a_year_even_after_a_restart()
    {
        await using var care = await CareHost.StartAsync(Jan5);
        await care.SaveTemplateAsync("care.birthday", "Subject: 生日快乐，{{ customer.name }}\n\n{{ crm_text.greeting customer.name 'zh' }}祝您生日快乐！");
        var wang = await care.CustomerAsync("王芳", "1990-01-05", email: "wang.fang@example.com");
        await care.CustomerAsync("Li Lei", "1985-01-05", consent: false);
        await care.CustomerAsync("Zhao Min", "1990-01-06");
        await care.CustomerAsync("Sun Li");

        await care.RunAsync("birthday-greetings");
        await care.RunAsync("birthday-greetings");
        await care.RestartAsync(Jan5.AddHours(3));
        await care.RunAsync("birthday-greetings");

        var mail = Assert.Single(care.Mails());
        Assert.Equal(("生日快乐，王芳", "wang.fang@example.com", "王芳，您好祝您生日快乐！"), (mail.Subject, mail.To.Mailboxes.Single().Address, mail.TextBody!.Trim()));
        var sent = Assert.Single(await care.LogAsync());
        Assert.Equal(($"customer:{wang.Id}", "birthday:2026", "care.birthday", 1), (sent.Recipient, sent.Occasion, sent.TemplateKey, sent.TemplateVersion));

        await care.RestartAsync(Jan5.AddYears(1));
        await care.RunAsync("birthday-greetings");
        Assert.Equal(["birthday:2027", "birthday:2026"], (await care.LogAsync()).Select(l => l.Occasion));
    }

    [Fact]
    public async Task A_29_February_birthday_is_greeted_on_28_February_in_a_year_without_one()
    {
        await using var care = await CareHost.StartAsync(new DateTimeOffset(2027, 2, 28, 8, 0, 0, TimeSpan.Zero));
        await care.SaveTemplateAsync("care.birthday", "Subject: Happy birthday\n\nDear {{ customer.name }}");
        await care.CustomerAsync("Leap Ling", "2000-02-29");
        await care.CustomerAsync("March Ma", "2000-03-01");

        await care.RunAsync("birthday-greetings");

        Assert.Equal(["Dear Leap Ling"], care.Mails().Select(m => m.TextBody!.Trim()));
    }

    [Theory]
    [InlineData("2000-02-29", "2027-02-28", true)] // 2027 has no 29 February
    [InlineData("2000-02-29", "2028-02-28", false)] // 2028 has one: wait for it
    [InlineData("2000-02-29", "2028-02-29", true)]
    [InlineData("2000-02-28", "2028-02-28", true)]
    [InlineData("1990-03-01", "2027-02-28", false)]
    [InlineData("1990-12-31", "2026-12-31", true)]
    public void A_birthday_is_celebrated_on_its_day(string birthday, string day, bool celebrated) =>
        Assert.Equal(celebrated, Birthday.IsCelebratedOn(DateOnly.Parse(birthday), DateOnly.Parse(day)));

    [Fact]
    public async Task A_missing_template_is_one_logged_error_and_the_job_still_succeeds()
    {
        await using var care = await CareHost.StartAsync(Jan5);
        await care.CustomerAsync("Wang Fang", "1990-01-05");
        await care.CustomerAsync("Wang Li", "1991-01-05");

        await care.RunAsync("birthday-greetings");

        Assert.Empty(await care.LogAsync());
        Assert.Single(care.LogText().Split('\n'), l => l.Contains("Birthday greetings not sent: There is no message template 'care.birthday'"));
        var job = (await care.Host.Client.GetFromJsonAsync<List<JobView>>("/api/jobs", CareHost.Json))!.Single(j => j.Key == "customer-care.birthday-greetings");
        Assert.NotEqual("failed", job.LastOutcome);

        await care.SaveTemplateAsync("care.birthday", "Happy birthday, {{ customer.name }}");
        await care.RunAsync("birthday-greetings");
        Assert.Equal(2, (await care.LogAsync()).Count);
    }

    private sealed record JobView(string Key, string? LastOutcome);
}
