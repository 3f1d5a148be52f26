using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.Tests.Plugins;

/// <summary>A plugin's screens that the console could not draw are refused at load, saying which screen and why.</summary>
public sealed class ScreenSetRulesTests
{
    private static readonly ListScreen List = new("things", "Things", "/things", [new ListColumn("name", "Name") { Opens = "thing" }]);
    private static readonly DetailScreen Detail = new("thing", "{name}", "/things/{id}", [new ListColumn("name", "Name")]) { Forms = ["rename"] };
    private static readonly FormScreen Rename = new("rename", "Rename", "/things/{id}/rename",
        [new FormField("name", "Name"), new FormField("version", "Version", FieldKind.Hidden) { From = "version" }]) { Reads = "/things/{id}", Then = "thing" };

    [Fact]
    public void A_list_a_detail_and_a_form_that_refer_to_each_other_are_accepted() =>
        ScreenSetRules.Check(new ScreenSet([new MenuEntry("Things", "things")], [List]) { Details = [Detail], Forms = [Rename] }, "acme");

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_set_the_console_cannot_draw_is_refused_with_its_reason(string reason, ScreenSet set)
    {
        var refused = Assert.Throws<PluginLoadException>(() => ScreenSetRules.Check(set, "acme"));

        Assert.Equal(reason, refused.Message);
    }

    public static TheoryData<string, ScreenSet> Broken() => new()
    {
        { "menu entry 'Rename' opens 'rename', which is not a list or a form (not about one record) it declares",
            new ScreenSet([new MenuEntry("Rename", "rename")], [List]) { Details = [Detail], Forms = [Rename] } },
        { "column 'Name' of 'things' opens 'thing', which is not a detail screen it declares", new ScreenSet([], [List]) },
        { "detail 'thing' reads '/things', which has no {id} for the record",
            new ScreenSet([], [List]) { Details = [Detail with { Endpoint = "/things", Forms = [] }] } },
        { "form 'rename' fills fields from a record but reads no endpoint with {id}",
            new ScreenSet([], [List]) { Details = [Detail], Forms = [Rename with { Reads = null }] } },
        { "screen 'thing' is declared twice", new ScreenSet([], [List, List with { Key = "thing" }]) { Details = [Detail], Forms = [Rename] } },
        { "screen 'things' calls 'things': an endpoint starts with '/', under /api/acme", new ScreenSet([], [List with { Endpoint = "things", Columns = [] }]) },
        { "field 'kind' of form 'pick' is a choice without choices",
            new ScreenSet([], []) { Forms = [new FormScreen("pick", "Pick", "/pick", [new FormField("kind", "Kind", FieldKind.Choice)])] } },
        { "screen 'things' asks for policy 'crm:everyone', which is not one of crm:admin, crm:manager-or-admin",
            new ScreenSet([], [List with { Columns = [], Policy = "crm:everyone" }]) },
        { "widget 'open' is a figure without the path of its value",
            new ScreenSet([], []) { Widgets = [new Widget("open", "Open", "/stats", WidgetKind.Figure)] } },
        { "widget 'won' is a figure without the path of its value",
            new ScreenSet([], []) { Kpis = [new Widget("won", "Won", "/stats", WidgetKind.Figure)] } },
        { "widget 'won' takes the KPI screen's parameters but is on My day, which has none; declare it in Kpis",
            new ScreenSet([], []) { Widgets = [new Widget("won", "Won", "/stats", WidgetKind.Figure) { Value = "won", Parameters = [KpiParameters.From] }] } },
        { "widget 'won' takes 'since', which is not one of the KPI screen's from, to, by, teamId, ownerId",
            new ScreenSet([], []) { Kpis = [new Widget("won", "Won", "/stats", WidgetKind.Figure) { Value = "won", Parameters = ["since"] }] } },
        { "widget 'won' is declared twice",
            new ScreenSet([], []) { Kpis = [new Widget("won", "Won", "/stats", WidgetKind.Figure) { Value = "won" }, new Widget("won", "Lost", "/stats", WidgetKind.Figure) { Value = "lost" }] } },
    };

    [Fact]
    public void The_same_widget_may_be_on_my_day_and_on_the_kpi_screen()
    {
        var open = new Widget("open", "Open", "/stats", WidgetKind.Figure) { Value = "open" };

        ScreenSetRules.Check(new ScreenSet([], []) { Widgets = [open], Kpis = [open, open with { Key = "won", Value = "won", Parameters = KpiParameters.All }] }, "acme");
    }
}
