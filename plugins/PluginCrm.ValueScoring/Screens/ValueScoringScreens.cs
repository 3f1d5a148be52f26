using PluginCrm.Sdk.Screens;

namespace PluginCrm.ValueScoring.Screens;

/// <summary>
/// Customer value on the managers' KPI screen, as data only, over the module's own endpoints: the latest run's churn
/// warnings, CLV distribution, RFM segments and ABC classes over the customers the user reads, and the period's new
/// customers' CLV against what winning them cost. Segment and class names are the admin's, shown as they are.
/// </summary>
public static class ValueScoringScreens
{
    private static readonly string[] PeriodAndTeam = [KpiParameters.From, KpiParameters.To, KpiParameters.TeamId];

    private static Widget Groups(string key, string title, string items, WidgetKind kind, string nameLabel) =>
        new(key, title, "/kpis", kind)
        {
            Items = items, LabelField = "name", ValueField = "customers",
            Columns = [new ListColumn("name", nameLabel), new ListColumn("customers", "Customers") { Format = ValueFormat.Number },
                new ListColumn("valueShare", "Share of value (%)") { Format = ValueFormat.Number }],
        };

    public static readonly ScreenSet Set = new([], [])
    {
        Kpis =
        [
            new Widget("scored", "Customers scored", "/kpis", WidgetKind.Figure) { Value = "customers" },
            new Widget("warnings", "Churn warnings", "/kpis", WidgetKind.Figure) { Value = "warnings" },
            new Widget("clv", "CLV distribution", "/kpis", WidgetKind.Bar)
            {
                Items = "clv.deciles", LabelField = "decile", ValueField = "total", Format = ValueFormat.Money,
                Columns =
                [
                    new ListColumn("decile", "Decile"), new ListColumn("from", "From") { Format = ValueFormat.Money },
                    new ListColumn("to", "To") { Format = ValueFormat.Money }, new ListColumn("customers", "Customers") { Format = ValueFormat.Number },
                    new ListColumn("total", "Total") { Format = ValueFormat.Money },
                ],
            },
            Groups("rfm", "RFM segments", "segments", WidgetKind.Pie, "Segment"),
            Groups("abc", "ABC classes", "classes", WidgetKind.Bar, "Class"),
            new Widget("new-clv", "Average CLV of new customers", "/kpis/acquisition", WidgetKind.Figure)
            { Value = "averageClv", Format = ValueFormat.Money, Parameters = PeriodAndTeam },
            new Widget("new-cost", "Cost per new customer", "/kpis/acquisition", WidgetKind.Figure)
            { Value = "acquisitionCost", Format = ValueFormat.Money, Parameters = PeriodAndTeam },
            new Widget("clv-to-cost", "CLV ÷ acquisition cost", "/kpis/acquisition", WidgetKind.Figure)
            { Value = "clvToCost", Parameters = PeriodAndTeam },
        ],
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["zh-CN"] = new Dictionary<string, string>
            {
                ["Customers scored"] = "已评估客户", ["Churn warnings"] = "流失预警", ["CLV distribution"] = "客户终身价值分布",
                ["Decile"] = "十分位", ["From"] = "从", ["To"] = "到", ["Customers"] = "客户数", ["Total"] = "合计",
                ["RFM segments"] = "RFM 分群", ["ABC classes"] = "ABC 分类", ["Segment"] = "分群", ["Class"] = "类别",
                ["Share of value (%)"] = "价值占比（%）", ["Average CLV of new customers"] = "新客户平均终身价值",
                ["Cost per new customer"] = "单个新客户获客成本", ["CLV ÷ acquisition cost"] = "终身价值 ÷ 获客成本",
                // The settings form's labels (the admin's screen words each setting's name).
                ["Segments"] = "RFM 分群规则", ["Abc threshold a"] = "ABC：A 类累计价值占比（%）", ["Abc threshold b"] = "ABC：B 类累计价值占比（%）",
                ["Clv period days"] = "CLV 周期（天）", ["Clv lifespan periods"] = "CLV 生命周期（周期数）", ["Clv horizon months"] = "CLV 预测期（月）",
                ["Annual discount rate"] = "年折现率", ["Unit"] = "时间单位", ["Silence factor"] = "沉默系数",
                ["Spend window days"] = "消费对比窗口（天）", ["Spend drop percent"] = "消费下降百分比（%）",
                ["Open complaints threshold"] = "未结投诉阈值", ["Alive threshold"] = "存活概率阈值",
                ["Nightly rescore"] = "每晚重新评分", ["Nightly hour utc"] = "每晚评分时间（UTC 小时）",
            },
        },
    };
}
