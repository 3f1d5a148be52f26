using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>A template that fails to render: 422 naming the body.</summary>
public sealed class RenderProblem : IProblemMapper
{
    public ProblemDetails? Map(Exception exception) => exception is TemplateRenderException render
        ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [render.Message] })
            { Status = 422, Title = "The template could not be rendered", Detail = render.Message }
        : null;
}
