using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>The host's functions (crm_date, crm_money, crm_text), rendered through real templates; expected outputs by hand.</summary>
public sealed class TemplateFunctionTests
{
    private readonly ManualClock clock = new(); // 2026-01-05 09:00 UTC; the sample customer was born 1988-03-14

    private TemplateRenderer Renderer => Renderers.Create(clock);

    private string Render(string body, IReadOnlyDictionary<string, object?>? records = null) =>
        Renderer.Render(body, records ?? SampleRecords.All, CancellationToken.None);

    private string Fails(string body) => Assert.Throws<TemplateRenderException>(() => Render(body)).Message;

    [Fact]
    public void Dates_format_in_a_culture()
    {
        Assert.Equal("1988-03-14", Render("{{ crm_date.format customer.birthday 'yyyy-MM-dd' }}"));
        Assert.Equal("1988年3月14日 星期一", Render("{{ crm_date.format customer.birthday 'yyyy年M月d日 dddd' 'zh-CN' }}"));
        Assert.Equal("Monday, 14 March 1988", Render("{{ customer.birthday | crm_date.format 'dddd, d MMMM yyyy' 'en-US' }}"));
        Assert.Equal("2025年02月03日", Render("{{ crm_date.format deal.closed_on 'yyyy年MM月dd日' }}"));
    }

    [Fact]
    public void Age_is_in_whole_years_as_of_the_hosts_clock()
    {
        Assert.Equal("37", Render("{{ crm_date.age customer.birthday }}"));
        clock.Advance(new DateTime(2026, 3, 14) - new DateTime(2026, 1, 5, 9, 0, 0)); // the morning of the birthday
        Assert.Equal("38", Render("{{ crm_date.age customer.birthday }}"));
        clock.Advance(TimeSpan.FromDays(-1));
        Assert.Equal("37", Render("{{ crm_date.age customer.birthday }}"));
    }

    [Fact]
    public void Money_formats_per_currency_and_culture_exactly()
    {
        Assert.Equal("¥1,234.50", Render("{{ crm_money.format 1234.5 'CNY' 'zh-CN' }}"));
        Assert.Equal("$1,234.50", Render("{{ crm_money.format 1234.5 'USD' 'en-US' }}"));
        Assert.Equal("订单 SO-1001：¥59.80", Render("订单 {{ order.number }}：{{ crm_money.format order.total order.currency 'zh-CN' }}"));
        Assert.Equal("-$0.30", Render("{{ crm_money.format (-0.3) 'usd' 'en-US' }}"));

        // A decimal too long for a double keeps every digit.
        var big = new OrderRecord(2, "SO-2", 1, DateTime.UnixEpoch, 12_345_678_901_234_567.89m, "USD", [], DateTime.UnixEpoch, DateTime.UnixEpoch, 1);
        Assert.Equal("$12,345,678,901,234,567.89", Render("{{ crm_money.format order.total order.currency 'en-US' }}", new Dictionary<string, object?> { ["order"] = big }));
    }

    [Fact]
    public void Unknown_currencies_and_cultures_are_named()
    {
        Assert.Contains("crm_money.format: 'XYZ' is not a known ISO 4217 currency code", Fails("{{ crm_money.format 1 'XYZ' 'en-US' }}"));
        Assert.Contains("crm_money.format: 'xx-YY' is not a known culture", Fails("{{ crm_money.format 1 'CNY' 'xx-YY' }}"));
        Assert.Contains("crm_date.format: 'klingon' is not a known culture", Fails("{{ crm_date.format customer.birthday 'D' 'klingon' }}"));
    }

    [Fact]
    public void Greetings_in_chinese_and_english()
    {
        Assert.Equal("王芳，您好", Render("{{ crm_text.greeting customer.name 'zh' }}"));
        Assert.Equal("Dear Wang Fang,", Render("{{ crm_text.greeting 'Wang Fang' 'en' }}"));
        Assert.Equal("Dear Li Lei,", Render("{{ lead.name | crm_text.greeting 'en-GB' }}"));
        Assert.Contains("crm_text.greeting: 'fr' is not a supported language", Fails("{{ crm_text.greeting customer.name 'fr' }}"));
    }

    [Fact]
    public void Truncate_counts_what_a_reader_sees_as_one_character()
    {
        Assert.Equal("王芳您…", Render("{{ crm_text.truncate '王芳您好，欢迎' 4 }}"));
        Assert.Equal("👍🏽…", Render("{{ crm_text.truncate '👍🏽👍🏽👍🏽' 2 }}"));
        Assert.Equal("👨‍👩‍👧x", Render("{{ crm_text.truncate '👨‍👩‍👧xyz' 2 '' }}"));
        Assert.Equal("Hello", Render("{{ 'Hello' | crm_text.truncate 5 }}"));
        Assert.Equal("GTX Pro...", Render("{{ deal.title | crm_text.truncate 10 '...' }}"));
    }

    [Fact]
    public void Initials_take_the_first_character_of_every_word()
    {
        Assert.Equal("WF", Render("{{ crm_text.initials 'Wang Fang' }}"));
        Assert.Equal("AS", Render("{{ crm_text.initials 'anna  snelling' }}"));
        Assert.Equal("ÉD", Render("{{ crm_text.initials 'élodie dupont' }}"));
        Assert.Equal("王", Render("{{ customer.name | crm_text.initials }}"));
    }
}
