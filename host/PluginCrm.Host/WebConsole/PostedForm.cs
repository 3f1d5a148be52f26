using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// The fields of a console form post, read by its handler once the antiforgery middleware has checked the form's token.
/// The handlers take no form parameters, so the request delegate generator writes their code at build time: bound at
/// run time, each compiled an expression tree at every start of a host or tenant, and the generator's own form binding
/// reads the form before its token is checked (a 500 where a 400 is due). Map each with <see cref="PostedFormEndpoints.TakesForm"/>.
/// </summary>
public sealed class PostedForm(IFormCollection form)
{
    /// <summary>The posted form; a 400 problem when no form came, or without a valid antiforgery token.</summary>
    public static async Task<PostedForm> ReadAsync(HttpContext http, CancellationToken ct)
    {
        // The token first: asking whether a form came reads it, which ASP.NET Core refuses once the token failed.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true } || !http.Request.HasFormContentType)
            throw new BadHttpRequestException("The form's antiforgery token is missing or wrong: load the page again and send the form from it.");
        return new PostedForm(await http.Request.ReadFormAsync(ct));
    }

    /// <summary>A field's text; null when the form has no such field.</summary>
    public string? Text(string name) => form.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    /// <summary>A field the form must have.</summary>
    public string Required(string name) => Text(name) ?? throw new InputException(name, "is required");

    /// <summary>A whole number the form must have.</summary>
    public int Int(string name) => int.TryParse(Required(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        ? value
        : throw new InputException(name, $"'{Text(name)}' is not a whole number");

    /// <summary>true or false; null when the field is not there.</summary>
    public bool? Bool(string name) => Text(name) is not { } text ? null
        : bool.TryParse(text, out var value) ? value : throw new InputException(name, $"'{text}' is neither true nor false");

    /// <summary>One of <typeparamref name="TEnum"/>'s names; null when the field is not there.</summary>
    public TEnum? Choice<TEnum>(string name) where TEnum : struct, Enum => Text(name) is not { } text ? null
        : Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new InputException(name, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    /// <summary>An uploaded file; null when none came under <paramref name="name"/>.</summary>
    public IFormFile? File(string name) => form.Files.GetFile(name);
}

/// <summary>Marks the endpoints that read a <see cref="PostedForm"/>.</summary>
public static class PostedFormEndpoints
{
    /// <summary>
    /// What a form-bound endpoint says of itself: the antiforgery middleware checks the token of a form posted to it, and
    /// routing prefers it to a page of the same path for a form (the console's pages take their own posts too).
    /// </summary>
    public static RouteHandlerBuilder TakesForm(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new RequireAntiforgeryTokenAttribute())
        .Accepts<IFormCollection>("multipart/form-data", "application/x-www-form-urlencoded");
}
