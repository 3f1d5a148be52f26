using Microsoft.AspNetCore.Http;

namespace PluginCrm.Feedback.Complaints;

/// <summary>Answers a <see cref="ComplaintRefusal"/> as an RFC 9457 problem (a validation problem naming the fields for 400).</summary>
public sealed class RefusalFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ComplaintRefusal refusal) when (refusal.Errors is { } errors)
        {
            return Results.ValidationProblem(errors, refusal.Message, title: "Invalid input");
        }
        catch (ComplaintRefusal refusal)
        {
            return Results.Problem(refusal.Message, statusCode: refusal.Status, title: refusal.Status switch
            {
                403 => "Forbidden",
                404 => "Not found",
                _ => "Conflict",
            });
        }
    }
}
