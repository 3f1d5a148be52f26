using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// The SDK kit's <see cref="ConsoleBrowser"/> signed in as a person does it: through the sign-in form, so the session is
/// the cookie (the console's own), not a bearer token.
/// </summary>
public sealed class ConsoleSession(Uri baseAddress) : IDisposable
{
    private readonly ConsoleBrowser browser = new(baseAddress);

    public Task<HttpResponseMessage> GetAsync(string path) => browser.GetAsync(path);

    public Task<string> PageAsync(string path) => browser.PageAsync(path);

    /// <summary>Posts a form of the page at <paramref name="page"/>, with that page's antiforgery token and the form's hidden inputs.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields) =>
        browser.PostFormAsync(page, action, fields);

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = "demo-password", string returnUrl = "/") =>
        await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl });

    public void Dispose() => browser.Dispose();
}
