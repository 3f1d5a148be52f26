namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The console's form posts, bound at run time: the request delegate generator, which builds the host's other endpoints
/// at compile time, reads a form without checking its antiforgery token first, so a post without a valid token (or with
/// no form at all) fails with a 500 where the run-time binder answers 400.
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
