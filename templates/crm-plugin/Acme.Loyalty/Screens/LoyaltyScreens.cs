using Acme.Loyalty.Grants;
using PluginCrm.Sdk.Screens;

namespace Acme.Loyalty.Screens;

/// <summary>
/// The plugin in PluginCrm's web console, declared as data (no front-end code): a menu entry, the list of points given
/// by hand, the form that gives them (its fields from <see cref="GrantPoints"/>, the server's errors beside them), and
/// the points of the user's customers on the dashboard. Each calls this plugin's endpoints as the signed-in user.
/// </summary>
public static class LoyaltyScreens
{
    public static readonly ScreenSet Set = new(
        [new MenuEntry("Loyalty", "grants")],
        [
            new ListScreen("grants", "Points given by hand", "/grants",
            [
                new ListColumn("customerId", "Customer") { Link = "/customers/{customerId}" },
                new ListColumn("points", "Points") { Format = ValueFormat.Number },
                new ListColumn("reason", "Reason"),
                new ListColumn("grantedUtc", "Given") { Format = ValueFormat.DateTime },
            ])
            { NewForm = "grant", Empty = "No points given by hand yet." },
        ])
    {
        Forms =
        [
            new FormScreen("grant", "Give points", "/grants", FormFields.Of<GrantPoints>()
                .With("customerId", f => f with { Required = true })
                .With("points", f => f with { Required = true, Help = $"From 1 to {GrantEndpoints.MostPoints}." })
                .With("reason", f => f with { Required = true }))
            { Submit = "Give points", Then = "grants" },
        ],
        Widgets = [new Widget("points", "Loyalty points of your customers", "/summary", WidgetKind.Figure) { Value = "points" }],
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["zh-CN"] = new Dictionary<string, string>
            {
                ["Loyalty"] = "积分", ["Points given by hand"] = "手工赠送积分", ["Customer"] = "客户", ["Points"] = "积分", ["Reason"] = "原因",
                ["Given"] = "赠送时间", ["No points given by hand yet."] = "还没有手工赠送的积分。", ["Give points"] = "赠送积分",
                ["Customer id"] = "客户编号", ["Loyalty points of your customers"] = "你的客户的积分",
            },
        },
    };
}
