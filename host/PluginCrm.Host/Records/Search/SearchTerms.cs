using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Search;

/// <summary>
/// What a <c>q</c> query looks for, folded by the SDK's <see cref="ContactKeys"/> as the stored keys are, so that the
/// comparison is a plain substring test on stored text, the same on every database: a name or company by its
/// letters and digits, an e-mail address lower-cased, a phone number by its digits once at least
/// <see cref="ContactKeys.MinPhoneDigits"/> are given (its key, and its bare digits for a fragment such as <c>0013 8000</c>).
/// </summary>
/// <param name="Name">The query as a name or company key.</param>
/// <param name="Email">The query as an e-mail key.</param>
/// <param name="Phone">The query's phone key, or its digits when they make no key; null for fewer than five digits.</param>
/// <param name="Digits">The query's bare digits, null with <paramref name="Phone"/>.</param>
public sealed record SearchTerms(string Name, string Email, string? Phone, string? Digits)
{
    /// <summary>The escape character of the <c>LIKE</c> patterns (<see cref="Containing"/>).</summary>
    public const string Escape = "\\";

    /// <summary>The terms of <paramref name="q"/>; a query with no letter or digit is a <see cref="FormatException"/>, a 400 naming <c>q</c>.</summary>
    public static SearchTerms Of(string q)
    {
        if (ContactKeys.Name(q) is not { } name || ContactKeys.Email(q) is not { } email)
            throw new FormatException($"'{q}' has no letter or digit to search by");
        var digits = ContactKeys.Digits(q) is { Length: >= ContactKeys.MinPhoneDigits } d ? d : null;
        return new SearchTerms(name, email, digits is null ? null : ContactKeys.Phone(q) ?? digits, digits);
    }

    /// <summary>A <c>LIKE</c> pattern for text that contains <paramref name="text"/>, its wildcards escaped (an e-mail may hold <c>_</c>).</summary>
    public static string Containing(string text) =>
        $"%{text.Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_")}%";

    /// <summary>
    /// The <c>LIKE</c> patterns of a search that tests each row (<see cref="Containing"/>); the phone's two are of empty
    /// text when the query is no phone number, and <see cref="Phone"/> is null then.
    /// </summary>
    public (string Name, string Email, string Phone, string Digits) Patterns =>
        (Containing(Name), Containing(Email), Containing(Phone ?? ""), Containing(Digits ?? ""));

    /// <summary>Each column with the text it must contain for a row to match: the name in every name column, and so on.</summary>
    public IReadOnlyList<(string Column, string Text)> In(IEnumerable<string> nameColumns, string emailColumn, string phoneColumn) =>
        [
            .. nameColumns.Select(c => (c, Name)), (emailColumn, Email),
            .. new[] { Phone, Digits }.OfType<string>().Distinct().Select(p => (phoneColumn, p)),
        ];
}
