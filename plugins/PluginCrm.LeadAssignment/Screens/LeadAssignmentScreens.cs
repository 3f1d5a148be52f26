using PluginCrm.Sdk.Screens;

namespace PluginCrm.LeadAssignment.Screens;

/// <summary>
/// Lead assignment in the web console, as data only: the public pool (公海) with a claim on each row, over the module's own
/// <c>GET /pool</c> and <c>POST /pool/{kind}/{id}/claim</c>, so the console shows what the API shows and a refused claim
/// shows the module's reason (the claim limits, a record that has left the pool).
/// </summary>
public static class LeadAssignmentScreens
{
    public static readonly ScreenSet Set = new(
        [new MenuEntry("Public pool", "pool")],
        [
            new ListScreen("pool", "Public pool", "/pool",
            [
                new ListColumn("recordType", "Type"),
                new ListColumn("recordId", "Record"),
                new ListColumn("reason", "Why it is in the pool"),
                new ListColumn("enteredUtc", "In the pool since"),
            ])
            {
                Actions = [new RowAction("Claim", "/pool/{recordType}s/{recordId}/claim") { Confirm = "Claim this record? It becomes yours." }],
                Empty = "The pool is empty.",
            },
        ])
    {
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["zh-CN"] = new Dictionary<string, string>
            {
                ["Public pool"] = "公海", ["Type"] = "类型", ["Record"] = "记录", ["Why it is in the pool"] = "进入公海的原因",
                ["In the pool since"] = "进入公海时间", ["Claim"] = "领取", ["Claim this record? It becomes yours."] = "领取这条记录？领取后归你所有。",
                ["The pool is empty."] = "公海暂无记录。",
            },
        },
    };
}
