namespace PluginCrm.Host.Templates.Store;

/// <summary>A template with its current body.</summary>
public sealed record TemplateView(string Key, TemplateKind Kind, string? Description, int CurrentVersion, string Body, DateTime UpdatedUtc);

/// <summary>A template in a list, without its body.</summary>
public sealed record TemplateSummary(string Key, TemplateKind Kind, string? Description, int CurrentVersion, DateTime UpdatedUtc);

/// <summary>One saved version.</summary>
public sealed record TemplateVersionView(int Number, string Body, DateTime CreatedUtc, string CreatedBy);

/// <summary>A save: <c>PUT /api/templates/{key}</c>.</summary>
public sealed record TemplateInput(TemplateKind? Kind, string? Description, string? Body);
