namespace PluginCrm.Host.Templates.Store;

/// <summary>What a template is for: a message (greeting, notification), a document or report, or a rule expression.</summary>
public enum TemplateKind
{
    Message,
    Document,
    Rule,
}
