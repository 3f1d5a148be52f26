using System.Net;
using System.Net.Http.Json;

namespace PluginCrm.CustomerCare.Tests;

public sealed class HolidayTests
{
    private static readonly DateTimeOffset Jan5 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly object Calendar = new
    {
        holidays = new[]
        {
            new { date = "01-05", name = "Staff Day", template = "care.holiday" },
            new { date = "2026-02-17", name = "春节", template = "care.spring-festival" },
        },
    };

    [Fact]
    public async Task Each_holiday_of_the_calendar_greets_every_consenting_customer_once_with_its_own_template()
    {
        await using var care = await CareHost.StartAsync(Jan5);
        await care.SaveTemplateAsync("care.holiday", "Subject: Happy {{ holiday.name }}\n\nDear {{ customer.name }}, happy {{ holiday.name }}!");
        await care.SaveTemplateAsync("care.spring-festival", "Subject: 新春快乐\n\n{{ crm_text.greeting customer.name 'zh' }}新春快乐！");
        Assert.Equal(HttpStatusCode.OK, (await care.PutSettingsAsync(Calendar)).StatusCode);
        await care.CustomerAsync("Ada Lovelace");
        await care.CustomerAsync("王芳");
        await care.CustomerAsync("Quiet Qian", consent: false);

        await care.RunAsync("holiday-greetings");
        await care.RunAsync("holiday-greetings");

        Assert.Equal(["Dear Ada Lovelace, happy Staff Day!", "Dear 王芳, happy Staff Day!"], care.Mails().Select(m => m.TextBody!.Trim()).Order());
        Assert.All(await care.LogAsync(), l => Assert.Equal("holiday:Staff Day:2026", l.Occasion));

        await care.RestartAsync(new DateTimeOffset(2026, 2, 17, 8, 0, 0, TimeSpan.Zero));
        await care.RunAsync("holiday-greetings");
        Assert.Equal(["holiday:春节:2026", "holiday:春节:2026", "holiday:Staff Day:2026", "holiday:Staff Day:2026"], (await care.LogAsync()).Select(l => l.Occasion));
        Assert.Contains("王芳，您好新春快乐！", care.Mails().Select(m => m.TextBody!.Trim()));
    }

    [Fact]
    public async Task A_bad_calendar_is_refused_naming_each_field()
    {
        await using var care = await CareHost.StartAsync(Jan5);

        var response = await care.PutSettingsAsync(new
        {
            holidays = new[]
            {
                new { date = "13-40", name = "New Year", template = "care.new-year" },
                new { date = "01-01", name = "a:b", template = "Not A Key" },
                new { date = "02-29", name = "new year", template = "care.leap" },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
        Assert.Equal(["holidays", "holidays[0].date", "holidays[1].name", "holidays[1].template"], problem.Errors.Keys.Order());
    }

    private sealed record Problem(Dictionary<string, string[]> Errors);
}
