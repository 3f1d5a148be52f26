using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary><c>/api/auth</c> (sign-in, sign-out, me), and the admin's <c>/api/users</c>, <c>/api/teams</c>, <c>/api/apikeys</c>.</summary>
public static class AccessApi
{
    public static void MapAccessApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/sign-in", async (SignIn input, HttpContext http, SignInService signIns, CancellationToken ct) =>
        {
            var outcome = await signIns.SignInAsync(input, http.Connection.RemoteIpAddress?.ToString(), ct);
            if (outcome.Session is { } session)
                return TypedResults.Ok(session);
            if (outcome.RetryAfter is { } wait)
                return SignInThrottling.TooMany(http, wait, "too many failed sign-ins for this account (an admin can unlock it)");
            return Results.Problem("the e-mail or the password is wrong, or the user is inactive", statusCode: 401, title: "Sign-in failed");
        }).AllowAnonymous().RequireRateLimiting(SignInThrottling.Policy).Produces<SessionView>().ProducesProblem(StatusCodes.Status401Unauthorized).WithName("signIn");
        auth.MapPost("/sign-out", async (HttpContext http, SignInService signIns, CancellationToken ct) =>
        {
            await signIns.SignOutAsync(http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim(), ct);
            return TypedResults.NoContent();
        }).WithName("signOut");
        auth.MapGet("/me", (HttpContext http) => http.User.ToActingUser()).WithName("getMe");

        var users = app.MapGroup("/api/users").RequireAuthorization(AccessPolicies.Admin);
        users.MapGet("/", (UserAccounts accounts, CancellationToken ct) => accounts.ListAsync(ct));
        users.MapPost("/", async (NewUser input, UserAccounts accounts, CancellationToken ct) =>
        {
            var user = await accounts.AddAsync(input, ct);
            return TypedResults.Created($"/api/users/{user.Id}", user);
        });
        users.MapPut("/{id:long}", (long id, UserChange change, UserAccounts accounts, CancellationToken ct) => accounts.UpdateAsync(id, change, ct));
        users.MapPost("/{id:long}/unlock", async (long id, SignInService signIns, CancellationToken ct) =>
        {
            await signIns.UnlockAsync(id, ct);
            return TypedResults.NoContent();
        });

        var teams = app.MapGroup("/api/teams");
        teams.MapGet("/", (Teams teamAccounts, CancellationToken ct) => teamAccounts.ListAsync(ct));
        teams.MapPost("/", async (NewTeam input, Teams teamAccounts, CancellationToken ct) =>
        {
            var team = await teamAccounts.AddAsync(input, ct);
            return TypedResults.Created($"/api/teams/{team.Id}", team);
        }).RequireAuthorization(AccessPolicies.Admin);
        teams.MapPut("/{id:long}", (long id, NewTeam input, Teams teamAccounts, CancellationToken ct) => teamAccounts.UpdateAsync(id, input, ct))
            .RequireAuthorization(AccessPolicies.Admin);

        var keys = app.MapGroup("/api/apikeys").RequireAuthorization(AccessPolicies.Admin);
        keys.MapGet("/", (ApiKeys apiKeys, CancellationToken ct) => apiKeys.ListAsync(ct));
        keys.MapGet("/scopes", (ApiKeys apiKeys) => apiKeys.AvailableScopes);
        keys.MapPost("/", async (NewApiKeyRequest input, ApiKeys apiKeys, CancellationToken ct) =>
        {
            var key = await apiKeys.CreateAsync(input, ct);
            return TypedResults.Created($"/api/apikeys/{key.ApiKey.Id}", key);
        });
        keys.MapDelete("/{id:long}", async (long id, ApiKeys apiKeys, CancellationToken ct) =>
        {
            await apiKeys.RevokeAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
