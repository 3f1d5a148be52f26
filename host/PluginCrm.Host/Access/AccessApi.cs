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
                return Results.Ok(session);
            if (outcome.RetryAfter is { } wait)
                return SignInThrottling.TooMany(http, wait, "too many failed sign-ins for this account (an admin can unlock it)");
            return Results.Problem("the e-mail or the password is wrong, or the user is inactive", statusCode: 401, title: "Sign-in failed");
        }).AllowAnonymous().RequireRateLimiting(SignInThrottling.Policy);
        auth.MapPost("/sign-out", async (HttpContext http, SignInService signIns, CancellationToken ct) =>
        {
            await signIns.SignOutAsync(http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim(), ct);
            return Results.NoContent();
        });
        auth.MapGet("/me", (HttpContext http) => http.User.ToActingUser());

        var users = app.MapGroup("/api/users").RequireAuthorization(AccessPolicies.Admin);
        users.MapGet("/", (AccountService accounts, CancellationToken ct) => accounts.UsersAsync(ct));
        users.MapPost("/", async (NewUser input, AccountService accounts, CancellationToken ct) =>
        {
            var user = await accounts.AddUserAsync(input, ct);
            return Results.Created($"/api/users/{user.Id}", user);
        });
        users.MapPut("/{id:long}", (long id, UserChange change, AccountService accounts, CancellationToken ct) => accounts.UpdateUserAsync(id, change, ct));
        users.MapPost("/{id:long}/unlock", async (long id, SignInService signIns, CancellationToken ct) =>
        {
            await signIns.UnlockAsync(id, ct);
            return Results.NoContent();
        });

        var teams = app.MapGroup("/api/teams");
        teams.MapGet("/", (AccountService accounts, CancellationToken ct) => accounts.TeamsAsync(ct));
        teams.MapPost("/", async (NewTeam input, AccountService accounts, CancellationToken ct) =>
        {
            var team = await accounts.AddTeamAsync(input, ct);
            return Results.Created($"/api/teams/{team.Id}", team);
        }).RequireAuthorization(AccessPolicies.Admin);
        teams.MapPut("/{id:long}", (long id, NewTeam input, AccountService accounts, CancellationToken ct) => accounts.UpdateTeamAsync(id, input, ct))
            .RequireAuthorization(AccessPolicies.Admin);

        var keys = app.MapGroup("/api/apikeys").RequireAuthorization(AccessPolicies.Admin);
        keys.MapGet("/", (AccountService accounts, CancellationToken ct) => accounts.ApiKeysAsync(ct));
        keys.MapPost("/", async (NewApiKeyRequest input, AccountService accounts, CancellationToken ct) =>
        {
            var key = await accounts.CreateApiKeyAsync(input, ct);
            return Results.Created($"/api/apikeys/{key.ApiKey.Id}", key);
        });
        keys.MapDelete("/{id:long}", async (long id, AccountService accounts, CancellationToken ct) =>
        {
            await accounts.RevokeApiKeyAsync(id, ct);
            return Results.NoContent();
        });
    }
}
