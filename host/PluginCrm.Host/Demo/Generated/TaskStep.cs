using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Demo.Generated;

/// <summary>
/// Follow-up tasks (跟进) of every rep on its own customers: one due later today and one overdue each (so every rep's
/// <c>GET /api/me/day</c> has work at once), a few done in the past weeks, and some over the next two weeks.
/// </summary>
public static class TaskStep
{
    private static readonly string[] ChineseSubjects = ["电话回访，确认收货情况", "发送新报价单", "约见面谈年度合同", "跟进付款进度", "邀请参加新品发布会"];
    private static readonly string[] EnglishSubjects = ["Call to check the last delivery", "Send the new quote", "Book a meeting about the annual contract", "Chase the open invoice", "Invite to the product launch"];

    public static async Task<string?> RunAsync(DemoCompany company, DemoWriter writer, CancellationToken ct)
    {
        var written = await writer.CreateAsync(CoreRecords.Tasks, Tasks(company), ct);
        return $"{written.Count:N0} tasks";
    }

    private static IEnumerable<(TaskRecord, DateTime)> Tasks(DemoCompany company)
    {
        var r = company.Random;
        var rows = new List<(TaskRecord, DateTime)>();
        var byOwner = company.Customers.Where(c => c.OwnerId is not null).GroupBy(c => c.OwnerId!.Value).OrderBy(g => g.Key);
        foreach (var customers in byOwner)
        {
            var mine = customers.ToList();
            (TaskRecord, DateTime) One(DateTime due, bool done)
            {
                var customer = company.Pick(mine);
                var subject = company.Pick(customer.Language == "zh" ? ChineseSubjects : EnglishSubjects);
                var priority = (TaskPriority)(r.Next(3) - 1);
                var created = Earlier(due.AddDays(-r.Next(1, 8)), company.NowUtc.AddHours(-1));
                var about = new RecordRef(RecordTypes.Customer, customer.Id).ToString();
                var task = new TaskRecord(0, subject, null, due, customer.OwnerId, customer.TeamId, priority, done, done ? Earlier(due, company.NowUtc) : null, about, default, default, 0);
                return (task, created);
            }

            rows.Add(One(Later(company.TodayUtc.AddHours(17), company.NowUtc.AddHours(1)), done: false)); // due today
            rows.Add(One(company.TodayUtc.AddDays(-r.Next(1, 4)).AddHours(r.Next(9, 18)), done: false)); // overdue
            for (var i = 0; i < 3; i++)
                rows.Add(One(company.TodayUtc.AddDays(-r.Next(4, 30)).AddHours(r.Next(9, 18)), done: true));
            for (var i = 0; i < 3; i++)
                rows.Add(One(company.TodayUtc.AddDays(r.Next(1, 15)).AddHours(r.Next(9, 18)), done: false));
        }
        return rows.OrderBy(x => x.Item2);
    }

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
