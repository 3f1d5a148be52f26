using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Screens;

namespace PluginCrm.LeadAssignment.Screens;

/// <summary>
/// Lead assignment in the web console, as data only: the public pool (公海) with a claim on each row, over the module's own
/// <c>GET /pool</c> and <c>POST /pool/{kind}/{id}/claim</c>, so the console shows what the API shows and a refused claim
/// shows the module's reason (the claim limits, a record that has left the pool). The assignment rules: listed to all
/// (they are the allocation policy), a new rule for admins, a dry run for managers and admins: the policies their
/// endpoints require, so nobody is offered what the module would refuse them.
/// </summary>
public static class LeadAssignmentScreens
{
    private static readonly IReadOnlyList<Choice> Strategies =
        [new("round-robin", "Round robin"), new("weighted-round-robin", "Weighted round robin"), new("least-loaded", "Least loaded")];

    public static readonly ScreenSet Set = new(
        [new MenuEntry("Public pool", "pool"), new MenuEntry("Assignment rules", "rules"), new MenuEntry("Dry run of the rules", "dry-run")],
        [
            new ListScreen("pool", "Public pool", "/pool",
            [
                new ListColumn("recordType", "Type") { Format = ValueFormat.Name },
                new ListColumn("recordId", "Record"),
                new ListColumn("reasonText", "Why it is in the pool") { Format = ValueFormat.Translated },
                new ListColumn("enteredUtc", "In the pool since") { Format = ValueFormat.DateTime },
            ])
            {
                Actions = [new RowAction("Claim", "/pool/{recordType}s/{recordId}/claim") { Confirm = "Claim this record? It becomes yours." }],
                Empty = "The pool is empty.",
            },
            new ListScreen("rules", "Assignment rules", "/rules",
            [
                new ListColumn("position", "Order"),
                new ListColumn("name", "Rule"),
                new ListColumn("enabled", "On") { Format = ValueFormat.YesNo },
                new ListColumn("regions", "Regions"),
                new ListColumn("industries", "Industries"),
                new ListColumn("sources", "Sources"),
                new ListColumn("minValue", "From value") { Format = ValueFormat.Money },
                new ListColumn("maxValue", "To value") { Format = ValueFormat.Money },
                new ListColumn("strategy", "Strategy") { Format = ValueFormat.Name },
                new ListColumn("repId", "Rep"),
                new ListColumn("teamId", "Team"),
            ])
            { NewForm = "new-rule", Empty = "No rules: every lead goes to the public pool." },
        ])
    {
        Forms =
        [
            new FormScreen("new-rule", "New assignment rule", "/rules", FormFields.Of<RuleInput>()
                .With("name", f => f with { Required = true })
                .With("enabled", f => f with { Default = "true" })
                .With("regions", f => f with { Help = "Comma-separated; empty matches any." })
                .With("strategy", f => f with { Kind = FieldKind.Choice, Choices = Strategies, Default = "round-robin" })
                .With("repId", f => f with { Help = "A rep gets every match; or give a team." }))
            { Submit = "Add rule", Then = "rules", Policy = CrmPolicies.Admin },
            new FormScreen("dry-run", "Dry run of the rules", "/rules/dry-run",
                [new FormField("leadIds", "Lead ids", FieldKind.NumberList) { Required = true, Help = "Where these leads would go under the saved rules; nothing changes." }])
            {
                Submit = "Dry run", Policy = CrmPolicies.ManagerOrAdmin,
                ResultColumns =
                [
                    new ListColumn("leadId", "Lead"), new ListColumn("action", "Outcome") { Format = ValueFormat.Name }, new ListColumn("rule", "Rule"),
                    new ListColumn("ownerId", "Rep"), new ListColumn("teamId", "Team"),
                ],
            },
        ],
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["zh-CN"] = new Dictionary<string, string>
            {
                ["Public pool"] = "公海", ["Type"] = "类型", ["Record"] = "记录", ["Why it is in the pool"] = "进入公海的原因",
                ["In the pool since"] = "进入公海时间", ["Claim"] = "领取", ["Claim this record? It becomes yours."] = "领取这条记录？领取后归你所有。",
                ["The pool is empty."] = "公海暂无记录。", ["Assignment rules"] = "分配规则", ["Dry run of the rules"] = "规则试运行",
                ["Order"] = "顺序", ["Rule"] = "规则", ["On"] = "启用", ["Regions"] = "地区", ["Industries"] = "行业", ["Sources"] = "来源",
                ["From value"] = "最低金额", ["To value"] = "最高金额", ["Strategy"] = "分配方式", ["Rep"] = "销售", ["Team"] = "团队",
                ["No rules: every lead goes to the public pool."] = "没有规则：所有线索进入公海。", ["New assignment rule"] = "新建分配规则",
                ["Add rule"] = "添加规则", ["Round robin"] = "轮流分配", ["Weighted round robin"] = "加权轮流", ["Least loaded"] = "最少负载优先",
                ["Comma-separated; empty matches any."] = "以逗号分隔；留空匹配全部。", ["A rep gets every match; or give a team."] = "指定销售获得所有匹配；或指定团队。",
                ["Lead ids"] = "线索编号", ["Where these leads would go under the saved rules; nothing changes."] = "按已保存的规则，这些线索会分给谁；不会做任何更改。",
                ["Dry run"] = "试运行",
                // The owner's day (ReclaimSoonSection).
                ["Customers about to be reclaimed into the pool"] = "即将被收回公海的客户",
                ["no follow-up for {0} days (since {1})"] = "{0} 天未跟进（自 {1} 起）",
                ["not converted within {0} days of capture ({1})"] = "获取后 {0} 天内未转化（{1}）",
                // Why a record is in the pool (PoolReasons, the deadline's reassignment), beside the reclaim's two above.
                ["no rule matched"] = "没有匹配的规则", ["every rep of the matching rule is away or at its cap"] = "匹配规则的销售都不在岗或已达上限",
                ["not touched within {0} hours of {1}"] = "自 {1} 起 {0} 小时内未跟进", ["released"] = "负责人已释放",
                // The settings form's labels (the admin's screen words each setting's name).
                ["Fallback owner id"] = "兜底负责人编号", ["Response deadline hours"] = "响应时限（小时）", ["Protection days"] = "保护期（天）",
                ["Pool no follow up days"] = "未跟进回收天数", ["Pool not converted days"] = "未转化回收天数", ["Pool warning days"] = "回收提前提醒天数",
                ["Spare open deals"] = "有进行中商机的不回收", ["Spare recent order days"] = "近期下单免回收天数",
                ["No follow up days by team"] = "各团队未跟进回收天数", ["Not converted days by team"] = "各团队未转化回收天数",
                ["No follow up days by value class"] = "各价值等级未跟进回收天数", ["Claims per day"] = "每日领取上限",
                ["Max owned customers"] = "名下客户上限", ["Cooldown days"] = "再领取冷却天数", ["Lead"] = "线索", ["Outcome"] = "结果", ["Name"] = "名称", ["Enabled"] = "启用",
            },
        },
    };
}
