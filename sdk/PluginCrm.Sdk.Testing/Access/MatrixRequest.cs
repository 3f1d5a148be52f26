using System.Net.Http.Headers;

namespace PluginCrm.Sdk.Testing.Access;

/// <summary>One call an <see cref="AccessMatrix"/> makes as an actor.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query, e.g. <c>/api/customers/7</c>.</param>
/// <param name="Body">A body to send as JSON, or null.</param>
/// <param name="Witness">A path an admin reads before and after a refused call: it must read the same, so a refused write changed nothing.</param>
/// <param name="IfMatch">A version for <c>If-Match</c>, for updates.</param>
/// <param name="Token">A bearer token to send instead of the actor's own (say a fresh session to sign out).</param>
public sealed record MatrixRequest(HttpMethod Method, string Path, object? Body = null, string? Witness = null, long? IfMatch = null, string? Token = null)
{
    /// <summary>Runs after the call, to undo what an allowed call changed for the rows after it (switch a module back on).</summary>
    public Func<Task>? After { get; init; }

    /// <summary>A GET.</summary>
    public static MatrixRequest Get(string path) => new(HttpMethod.Get, path);

    /// <summary>A POST with a JSON body (or none).</summary>
    public static MatrixRequest Post(string path, object? body = null, string? witness = null) => new(HttpMethod.Post, path, body, witness);

    /// <summary>A PUT with a JSON body.</summary>
    public static MatrixRequest Put(string path, object body, string? witness = null, long? ifMatch = null) => new(HttpMethod.Put, path, body, witness, ifMatch);

    /// <summary>A DELETE.</summary>
    public static MatrixRequest Delete(string path, string? witness = null) => new(HttpMethod.Delete, path, Witness: witness);

    internal HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
            message.Content = System.Net.Http.Json.JsonContent.Create(Body, options: AccessMatrix.Json);
        if (IfMatch is { } version)
            message.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        if (Token is not null)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return message;
    }
}
