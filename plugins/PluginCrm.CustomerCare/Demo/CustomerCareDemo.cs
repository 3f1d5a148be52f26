using PluginCrm.Sdk.Demo;

namespace PluginCrm.CustomerCare.Demo;

/// <summary>The message templates customer care sends (its settings' defaults name them): birthdays, order and complaint follow-ups.</summary>
public sealed class CustomerCareDemo : IDemoContributor
{
    public async Task ConfigureAsync(DemoContext context, CancellationToken cancellationToken)
    {
        await context.Templates.SaveMessageAsync("care.birthday", "Birthday greeting (customer care)",
            "Subject: {{ if customer.language == 'zh' }}生日快乐{{ else }}Happy birthday{{ end }}, {{ customer.name }}\n\n" +
            "{{ if customer.language == 'zh' }}{{ crm_text.greeting customer.name 'zh' }}！祝您生日快乐，万事如意！{{ else }}{{ crm_text.greeting customer.name 'en' }}\nall of us wish you a happy birthday.{{ end }}",
            cancellationToken);
        await context.Templates.SaveMessageAsync("care.order-follow-up", "Follow-up a week after an order (customer care)",
            "Subject: How is your order {{ order.number }}?\n\n{{ if customer.language == 'zh' }}{{ crm_text.greeting customer.name 'zh' }}{{ else }}{{ crm_text.greeting customer.name 'en' }}{{ end }}\n" +
            "thank you for your order of {{ crm_money.format order.total order.currency 'zh-CN' }}. Is everything as you expected?", cancellationToken);
        await context.Templates.SaveMessageAsync("care.complaint-follow-up", "Follow-up after a closed complaint (customer care)",
            "Subject: Your complaint \"{{ complaint.subject }}\"\n\n{{ crm_text.greeting customer.name 'en' }}\nwe closed your complaint. Are you satisfied with how it was handled?",
            cancellationToken);
        context.Progress.Report("3 templates (birthday, order follow-up, complaint follow-up)");
    }

    /// <summary>No data of its own: its messages follow the other modules' data (a closed complaint's follow-up).</summary>
    public Task SeedAsync(DemoContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
