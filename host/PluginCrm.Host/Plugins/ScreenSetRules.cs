using System.Text.RegularExpressions;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// What a plugin's screens must be for the console to draw them: unique keys, endpoints under the plugin's API, and every
/// reference (menu, column, list, detail, form's next screen) to a screen of the right kind that it declares.
/// </summary>
public static partial class ScreenSetRules
{
    public static void Check(ScreenSet set, string pluginId)
    {
        var keys = set.Lists.Select(l => l.Key).Concat(set.Details.Select(d => d.Key)).Concat(set.Forms.Select(f => f.Key)).ToList();
        var widgets = set.Widgets.Concat(set.Kpis).ToList();
        if (keys.Concat(widgets.Select(w => w.Key)).FirstOrDefault(k => !Key().IsMatch(k)) is { } bad)
            Refuse($"screen key '{bad}' must be lower-case letters, digits, '-' or '_'");
        if (keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1) is { } twice)
            Refuse($"screen '{twice.Key}' is declared twice");
        foreach (var board in new[] { set.Widgets, set.Kpis })
            if (board.GroupBy(w => w.Key).FirstOrDefault(g => g.Count() > 1) is { } widgetTwice)
                Refuse($"widget '{widgetTwice.Key}' is declared twice");

        var aboutNothing = set.Lists.Select(l => l.Key).Concat(set.Forms.Where(f => !AboutRecord(f.Endpoint)).Select(f => f.Key)).ToHashSet();
        var details = set.Details.Select(d => d.Key).ToHashSet();
        if (set.Menu.FirstOrDefault(m => !aboutNothing.Contains(m.Screen)) is { } dangling)
            Refuse($"menu entry '{dangling.Label}' opens '{dangling.Screen}', which is not a list or a form (not about one record) it declares");
        foreach (var list in set.Lists)
        {
            Endpoint(list.Key, list.Endpoint);
            if (list.Columns.FirstOrDefault(c => c.Opens is { } opens && !details.Contains(opens)) is { } column)
                Refuse($"column '{column.Label}' of '{list.Key}' opens '{column.Opens}', which is not a detail screen it declares");
            if (list.NewForm is { } form && !set.Forms.Any(f => f.Key == form && !AboutRecord(f.Endpoint)))
                Refuse($"list '{list.Key}' offers form '{form}', which is not a form (not about one record) it declares");
        }
        foreach (var detail in set.Details)
        {
            Endpoint(detail.Key, detail.Endpoint);
            if (!AboutRecord(detail.Endpoint))
                Refuse($"detail '{detail.Key}' reads '{detail.Endpoint}', which has no {{id}} for the record");
            if (detail.Forms.FirstOrDefault(k => !set.Forms.Any(f => f.Key == k && AboutRecord(f.Endpoint))) is { } form)
                Refuse($"detail '{detail.Key}' offers form '{form}', which is not a form about one record ({{id}}) it declares");
        }
        foreach (var form in set.Forms)
        {
            Endpoint(form.Key, form.Endpoint);
            if (form.Method is not ("POST" or "PUT" or "PATCH"))
                Refuse($"form '{form.Key}' sends with {form.Method}; a form sends with POST, PUT or PATCH");
            if (form.Then is { } then && !keys.Contains(then))
                Refuse($"form '{form.Key}' goes on to '{then}', which it does not declare");
            if (form.Fields.Any(f => f.From is not null) && !(form.Reads is { } reads && reads.StartsWith('/') && AboutRecord(reads)))
                Refuse($"form '{form.Key}' fills fields from a record but reads no endpoint with {{id}}");
            if (form.FieldsFrom is not null && !(form.Reads is { } source && source.StartsWith('/') && AboutRecord(source)))
                Refuse($"form '{form.Key}' takes fields from a record but reads no endpoint with {{id}}");
            if (form.Fields.FirstOrDefault(f => f.Kind is FieldKind.Choice or FieldKind.ChoiceList && f.Choices.Count == 0) is { } empty)
                Refuse($"field '{empty.Name}' of form '{form.Key}' is a choice without choices");
        }
        var policies = new[] { CrmPolicies.Admin, CrmPolicies.ManagerOrAdmin };
        var screensWithPolicies = set.Lists.Select(l => (l.Key, l.Policy)).Concat(set.Details.Select(d => (d.Key, d.Policy)))
            .Concat(set.Forms.Select(f => (f.Key, f.Policy))).Concat(widgets.Select(w => (w.Key, w.Policy)))
            .Concat(set.Lists.SelectMany(l => l.Actions.Select(a => (Key: $"{l.Key}: {a.Label}", a.Policy))))
            .Concat(set.Details.SelectMany(d => d.Actions.Select(a => (Key: $"{d.Key}: {a.Label}", a.Policy))));
        if (screensWithPolicies.FirstOrDefault(s => s.Policy is not null && !policies.Contains(s.Policy)) is { Key: not null } unknown)
            Refuse($"screen '{unknown.Key}' asks for policy '{unknown.Policy}', which is not one of {string.Join(", ", policies)}");
        foreach (var widget in widgets)
        {
            Endpoint(widget.Key, widget.Endpoint);
            if (widget.Kind == WidgetKind.Figure && widget.Value is null)
                Refuse($"widget '{widget.Key}' is a figure without the path of its value");
        }
        if (set.Widgets.FirstOrDefault(w => w.Parameters.Count > 0) is { } onMyDay)
            Refuse($"widget '{onMyDay.Key}' takes the KPI screen's parameters but is on My day, which has none; declare it in Kpis");
        foreach (var widget in set.Kpis)
            if (widget.Parameters.FirstOrDefault(p => !KpiParameters.All.Contains(p)) is { } unknownParameter)
                Refuse($"widget '{widget.Key}' takes '{unknownParameter}', which is not one of the KPI screen's {string.Join(", ", KpiParameters.All)}");

        void Endpoint(string key, string endpoint)
        {
            if (!endpoint.StartsWith('/'))
                Refuse($"screen '{key}' calls '{endpoint}': an endpoint starts with '/', under /api/{pluginId}");
        }
    }

    /// <summary>Whether a detail's or a form's endpoint is about one record: it has <c>{id}</c>.</summary>
    public static bool AboutRecord(string endpoint) => endpoint.Contains("{id}", StringComparison.Ordinal);

    private static void Refuse(string reason) => throw new PluginLoadException(reason);

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex Key();
}
