namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The console's form posts, bound at run time: the request delegate generator, which builds the host's other endpoints
/// at compile time, reads a form without checking its antiforgery token first (a 500, not a 400) and reads one that was
/// never sent (a post with no form is a request with every field empty).
/// </summary>
public static class FormEndpoints
{
    public static RouteHandlerBuilder MapFormPost(this IEndpointRouteBuilder app, string pattern, Delegate handler)
    {
#pragma warning disable RDG002 // a Delegate the generator cannot see into: what is meant
        return app.MapPost(pattern, handler);
#pragma warning restore RDG002
    }
}
