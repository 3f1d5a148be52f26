namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A plugin's screens in the web console, declared as data: the console draws them, with no front-end code in the plugin.
/// Each reads and writes through the plugin's own endpoints as the signed-in user, so a screen shows exactly what the
/// API shows that user. Registered with <see cref="Plugins.IPluginBuilder.AddScreens"/>. Screen keys are unique across
/// lists, details and forms: a screen's address is <c>/m/&lt;plugin&gt;/&lt;key&gt;</c>, with <c>/&lt;id&gt;</c> for a
/// detail or a form about one record.
/// </summary>
/// <param name="Menu">Entries of the console's menu, each opening one of <paramref name="Lists"/> or <see cref="Forms"/>.</param>
/// <param name="Lists">List screens: rows from an endpoint, as columns, with filters, sorting and actions per row.</param>
public sealed record ScreenSet(IReadOnlyList<MenuEntry> Menu, IReadOnlyList<ListScreen> Lists)
{
    /// <summary>Detail screens: one record from an endpoint, as labelled fields, tables and actions.</summary>
    public IReadOnlyList<DetailScreen> Details { get; init; } = [];

    /// <summary>Forms: fields the console sends to an endpoint as JSON, with the server's validation shown per field.</summary>
    public IReadOnlyList<FormScreen> Forms { get; init; } = [];

    /// <summary>Dashboard widgets on the console's first page: a figure or a chart fed by an endpoint.</summary>
    public IReadOnlyList<Widget> Widgets { get; init; } = [];

    /// <summary>
    /// Widgets on the managers' KPI screen (<c>/kpis</c>), under the host's figures: a figure or a chart fed by an endpoint,
    /// called with the screen's period and choice of team and rep as far as the widget takes them
    /// (<see cref="Widget.Parameters"/>).
    /// </summary>
    public IReadOnlyList<Widget> Kpis { get; init; } = [];

    /// <summary>
    /// The labels in other languages: culture name (<c>zh-CN</c>) to English label to the label in that language. A label
    /// without a translation shows in English.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
