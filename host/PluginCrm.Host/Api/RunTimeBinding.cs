namespace PluginCrm.Host.Api;

/// <summary>
/// Maps an endpoint whose request delegate ASP.NET Core builds at run time, where the request delegate generator (which
/// builds the host's other endpoints at compile time) must not: a form post, which it reads before checking the form's
/// antiforgery token, so that a post without a valid token, or with no form at all, fails with a 500 where the run-time
/// binder answers 400. (A handler over a type parameter, which the generator cannot write code for, reads its own body
/// instead: <see cref="Requests.JsonBody"/>; the run-time binder compiles an expression tree per endpoint at every start.)
/// </summary>
public static class RunTimeBinding
{
    public static RouteHandlerBuilder MapAtRunTime(this IEndpointRouteBuilder app, string method, string pattern, Delegate handler)
    {
#pragma warning disable RDG002 // a Delegate the generator cannot see into: what is meant
        return app.MapMethods(pattern, [method], handler);
#pragma warning restore RDG002
    }
}
