using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary><c>/api/auth</c> (sign-in, sign-out, me), and the admin's <c>/api/users</c>, <c>/api/teams</c>, <c>/api/apikeys</c>.</summary>
public static class AccessApi
{
    public static void MapAccessApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/sign-in", async (SignIn input, AccountService accounts, CancellationToken ct) =>
            await accounts.SignInAsync(input, ct) is { } session
                ? Results.Ok(session)
                : Results.Problem("the e-mail or the password is wrong, or the user is inactive", statusCode: 401, title: "Sign-in failed"))
            .AllowAnonymous();
        auth.MapPost("/sign-out", async (HttpContext http, AccountService accounts, CancellationToken ct) =>
        {
            await accounts.SignOutAsync(http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim(), ct);
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

        var teams = app.MapGroup("/api/teams");
        teams.MapGet("/", (AccountService accounts, CancellationToken ct) => accounts.TeamsAsync(ct));
        teams.MapPost("/", async (NewTeam input, AccountService accounts, CancellationToken ct) =>
        {
            var team = await accounts.AddTeamAsync(input, ct);
            return Results.Created($"/api/teams/{team.Id}", team);
        }).RequireAuthorization(AccessPolicies.Admin);

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
