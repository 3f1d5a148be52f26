using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Pipeline;

/// <summary>A plugin step that failed (500, rolled back) or steps that loop (508).</summary>
public sealed class PipelineProblem : IProblemMapper
{
    public ProblemDetails? Map(Exception exception) => exception switch
    {
        PipelineStepException failed => Problems.Details(500, "A plugin step failed", failed.Message),
        PipelineDepthException loop => Problems.Details(508, "Loop detected", loop.Message),
        _ => null,
    };
}
