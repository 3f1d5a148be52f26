using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Notifications.Queue;

/// <summary>A message template that is missing or cannot be used: 422 with the reason.</summary>
public sealed class NotificationProblem : IProblemMapper
{
    public ProblemDetails? Map(Exception exception) => exception is NotificationTemplateException template
        ? Problems.Details(422, "The message template could not be used", template.Message)
        : null;
}
