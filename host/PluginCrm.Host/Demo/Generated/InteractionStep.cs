using PluginCrm.Host.Records;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Calls, e-mails, meetings, visits and chats by each customer's owner: around its purchases, and a recent follow-up for
/// nearly everyone, so lead assignment's reclaim (no follow-up for 30 days) finds only the few left on purpose a few days
/// short of it.
/// </summary>
public static class InteractionStep
{
    private static readonly string[] ChineseNotes = ["电话回访，客户对上次订单满意", "发送了新品目录和报价单", "上门拜访，了解明年采购计划", "微信沟通发货时间", "会议：讨论年度框架协议", "客户询问售后服务流程"];
    private static readonly string[] EnglishNotes = ["Follow-up call: happy with the last delivery", "Sent the new catalogue and a quote", "Visited the office to discuss next year's budget", "Chat about delivery dates", "Meeting: framework agreement for next year", "Asked how returns work"];

    public static async Task<string> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        var written = await writer.CreateAsync(CoreRecords.Interactions, Interactions(company), ct);
        return $"{written.Count:N0} interactions";
    }

    private static IEnumerable<(InteractionRecord, DateTime)> Interactions(DemoCompany company)
    {
        var r = company.Random;
        var rows = new List<(InteractionRecord, DateTime)>();
        for (var i = 0; i < company.Customers.Count; i++)
        {
            var (customer, plan) = (company.Customers[i], company.Buyers[i]);
            var zh = customer.Language == "zh";
            (InteractionRecord, DateTime) One(DateTime at) =>
                (new InteractionRecord(0, customer.Id, null, Kind(r.Next(100)), at, customer.OwnerId, company.Pick(zh ? ChineseNotes : EnglishNotes), null, null, default, default, 0), at);

            foreach (var order in plan.Orders.Where(_ => r.Next(3) == 0).Take(8))
                rows.Add(One(order.AddHours(-r.Next(24, 24 * 14))));
            // every 50th is left 27 or 28 days without follow-up: the reclaim job warns its owner
            var days = i % 50 == 7 ? r.Next(27, 29) : r.Next(0, 25);
            var last = company.NowUtc.AddDays(-days).AddMinutes(-r.Next(30, 600));
            rows.Add(One(last < customer.CreatedUtc ? customer.CreatedUtc : last));
        }
        return rows.OrderBy(x => x.Item2);
    }

    private static InteractionKind Kind(int percent) => percent switch
    {
        < 40 => InteractionKind.Call,
        < 70 => InteractionKind.Email,
        < 85 => InteractionKind.Meeting,
        < 95 => InteractionKind.Visit,
        _ => InteractionKind.Chat,
    };
}
