using PluginCrm.Feedback.Complaints;
using PluginCrm.Feedback.Complaints.Actions;
using PluginCrm.Feedback.Complaints.Create;
using PluginCrm.Sdk.Demo;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Demo;

/// <summary>
/// The demo's complaints: received over the last two months, in every status (open, in progress, resolved, closed, and
/// closed after a reopening), some past their deadlines, each logged and moved through <c>complaint.*</c> messages by the
/// customer's owner as the API would, its steps then dated after its receipt (<see cref="ComplaintHistory"/>), after the
/// templates of the notices the module sends; then the survey (<see cref="SurveyDemo"/>).
/// </summary>
public sealed class FeedbackDemo(ComplaintIntake intake, ComplaintWorkflow workflow, ComplaintHistory history, SurveyDemo surveys) : IDemoContributor
{
    public const int Complaints = 60;

    private static readonly (string Subject, string Description, string Category)[] Chinese =
    [
        ("发货延迟", "订单已经超过一周还没有发货。", "delivery"),
        ("发票开错了", "发票抬头与公司名称不一致，请重开。", "billing"),
        ("椅子扶手损坏", "收到的人体工学椅扶手有裂纹。", "product"),
        ("客服电话打不通", "连续两天拨打客服电话无人接听。", "service"),
    ];
    private static readonly (string Subject, string Description, string Category)[] English =
    [
        ("Late delivery", "The order was promised for Monday and has not arrived.", "delivery"),
        ("Wrong invoice", "The invoice shows the wrong VAT number.", "billing"),
        ("Monitor flickers", "The new 27\" monitor flickers after an hour.", "product"),
        ("No reply to e-mails", "Nobody has answered my e-mails for a week.", "service"),
    ];
    private static readonly string[] Priorities = ["low", "normal", "normal", "high", "urgent"];

    public async Task ConfigureAsync(DemoContext context, CancellationToken cancellationToken)
    {
        await context.Templates.SaveMessageAsync("feedback.complaint-assigned", "Tells a user a complaint is theirs",
            "Subject: Complaint #{{ complaint.id }} is yours: {{ complaint.subject }}\n\nPlease respond by {{ crm_date.format complaint.respond_by_utc 'yyyy-MM-dd HH:mm' }} UTC.", cancellationToken);
        await context.Templates.SaveMessageAsync("feedback.complaint-overdue", "Tells the owner and its manager a complaint missed a deadline",
            "Subject: Overdue: complaint #{{ complaint.id }} {{ complaint.subject }}\n\n{{ breach }}", cancellationToken);
        await SurveyDemo.ConfigureAsync(context, cancellationToken);
        context.Progress.Report("4 templates (complaint assigned and overdue, dissatisfied answer, survey invitation)");
    }

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var r = context.Random;
        var now = context.Clock.GetUtcNow().UtcDateTime;
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < Complaints; i++)
        {
            var customer = await context.Records.FindAsync<CustomerRecord>(context.CustomerIds[r.Next(context.CustomerIds.Count)], cancellationToken);
            if (customer?.OwnerId is null)
                continue;
            var team = context.Teams.Single(t => t.Id == customer.TeamId);
            var owner = team.Reps.Single(u => u.UserId == customer.OwnerId);
            var (subject, description, category) = (customer.Language == "zh" ? Chinese : English)[r.Next(4)];
            var received = now.AddHours(-r.Next(1, 24 * 60));
            var complaint = await intake.CreateAsync(new CreateComplaintRequest(customer.Id, subject, description, category,
                ComplaintIntake.Channels[r.Next(ComplaintIntake.Channels.Length)], Priorities[r.Next(Priorities.Length)], received.ToString("O"), owner.UserId), owner, cancellationToken);
            // How far it got: 0 open, 1 in progress, 2 resolved, 3 closed, 4 reopened and closed again.
            var stage = i % 5;
            string Reply() => customer.Language == "zh" ? "已联系客户，正在处理。" : "Called the customer; we are on it.";
            if (stage >= 1)
                complaint = await workflow.ActAsync(complaint.Id, new RespondAction(Reply(), complaint.Version), owner, cancellationToken);
            if (stage >= 2)
                complaint = await workflow.ActAsync(complaint.Id, new ResolveAction(customer.Language == "zh" ? "已补发/已退款。" : "Replaced and refunded.", complaint.Version), owner, cancellationToken);
            if (stage >= 3)
                complaint = await workflow.ActAsync(complaint.Id, new CloseAction(complaint.Version), team.Manager, cancellationToken);
            if (stage == 4)
            {
                complaint = await workflow.ActAsync(complaint.Id, new ReopenAction("The customer called again.", complaint.Version), team.Manager, cancellationToken);
                complaint = await workflow.ActAsync(complaint.Id, new ResolveAction("Second replacement sent.", complaint.Version), owner, cancellationToken);
                complaint = await workflow.ActAsync(complaint.Id, new CloseAction(complaint.Version), team.Manager, cancellationToken);
            }
            await history.SpreadAsync(complaint.Id, r, now, cancellationToken);
            var status = complaint.Status.ToString();
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }
        context.Progress.Report($"{counts.Values.Sum()} complaints ({string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"))})");
        await surveys.SeedAsync(context, cancellationToken);
    }
}
