namespace PluginCrm.Sdk.Screens;

/// <summary>
/// A dashboard widget on the console's first page (<see cref="ScreenSet.Widgets"/>) or its KPI screen
/// (<see cref="ScreenSet.Kpis"/>), fed by an endpoint of the plugin called as the user: a figure (the number at
/// <see cref="Value"/>) or a chart of <see cref="Items"/>. A widget whose endpoint refuses the user access is not shown;
/// on the KPI screen another refusal (no data yet, say) shows its reason.
/// </summary>
/// <param name="Key">The widget's key, unique in the plugin.</param>
/// <param name="Title">The widget's heading.</param>
/// <param name="Endpoint">The endpoint, relative to <c>/api/&lt;plugin&gt;</c>, e.g. <c>/complaints/stats</c>.</param>
/// <param name="Kind">A figure, or a bar, line or pie chart.</param>
public sealed record Widget(string Key, string Title, string Endpoint, WidgetKind Kind)
{
    /// <summary>For a figure: the dotted path of the number in the answer, e.g. <c>open</c> or <c>overdue.resolution</c>.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// For a chart: the dotted path of its data in the answer (empty for the answer itself): an object whose properties are
    /// the labels and their numbers the values, or an array of rows read with <see cref="LabelField"/> and <see cref="ValueField"/>.
    /// </summary>
    public string Items { get; init; } = "";

    /// <summary>For an array of rows: the field holding each label.</summary>
    public string LabelField { get; init; } = "label";

    /// <summary>For an array of rows: the field holding each value.</summary>
    public string ValueField { get; init; } = "value";

    /// <summary>
    /// The host's policy (<see cref="Access.CrmPolicies"/>) a user must meet to be offered this screen: the console shows no
    /// menu entry, link or page to anyone else. The same as the endpoint requires; the endpoint still decides.
    /// </summary>
    public string? Policy { get; init; }

    /// <summary>How the figure or the values show.</summary>
    public ValueFormat Format { get; init; } = ValueFormat.Number;

    /// <summary>
    /// For a chart of rows: the table of figures under it, as columns of each row; when empty, the label and the value.
    /// </summary>
    public IReadOnlyList<ListColumn> Columns { get; init; } = [];

    /// <summary>
    /// On the KPI screen: the screen's choices the endpoint takes, sent as query parameters when chosen, of
    /// <see cref="KpiParameters.All"/>: <c>from</c> and <c>to</c> (dates, <c>yyyy-MM-dd</c>, <c>to</c> excluded),
    /// <c>by</c> (<c>day</c>, <c>week</c> or <c>month</c>: a series per bucket), <c>teamId</c> and <c>ownerId</c> (a rep).
    /// </summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];
}

/// <summary>What a widget draws.</summary>
public enum WidgetKind
{
    /// <summary>One number, large.</summary>
    Figure,

    /// <summary>A bar per label.</summary>
    Bar,

    /// <summary>A line through the values in order (a trend).</summary>
    Line,

    /// <summary>Each label's share of the whole.</summary>
    Pie,
}
