namespace PluginCrm.Host.Templates.Store;

/// <summary>One saved body of a template. Rows are only ever added, so every earlier version stays readable.</summary>
public sealed class TemplateVersionRow
{
    public long Id { get; set; }
    public long TemplateId { get; set; }
    public int Number { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}
