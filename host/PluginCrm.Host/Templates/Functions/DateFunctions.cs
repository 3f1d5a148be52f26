using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Templates.Functions;

/// <summary>
/// <c>crm_date</c>: <c>{{ crm_date.format deal.closed_on 'yyyy年M月d日' 'zh-CN' }}</c>, <c>{{ crm_date.age customer.birthday }}</c>.
/// "Now" is the host's <see cref="TimeProvider"/>, never the machine clock, so tests and renders agree.
/// </summary>
public sealed class DateFunctions(TimeProvider time)
{
    public const string Namespace = "crm_date";

    public IReadOnlyDictionary<string, Delegate> Functions => new Dictionary<string, Delegate>
    {
        ["format"] = new Func<DateTime?, string, string?, string>(Format),
        ["age"] = new Func<DateTime?, int?>(Age),
    };

    /// <summary>A .NET date format (<c>yyyy-MM-dd</c>, <c>D</c>, ...) in a culture (default invariant); nothing for no date.</summary>
    public static string Format(DateTime? value, string format, string? culture = null)
    {
        if (value is not { } date)
            return "";
        try
        {
            return date.ToString(format, Cultures.Get(culture, $"{Namespace}.format"));
        }
        catch (FormatException)
        {
            throw new TemplateRenderException($"{Namespace}.format: '{format}' is not a valid date format.");
        }
    }

    /// <summary>Whole years from <paramref name="birthday"/> to today (UTC); nothing for no birthday.</summary>
    public int? Age(DateTime? birthday)
    {
        if (birthday is not { } born)
            return null;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var birth = DateOnly.FromDateTime(born);
        if (birth > today)
            throw new TemplateRenderException($"{Namespace}.age: the birthday {birth:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).");
        var age = today.Year - birth.Year;
        // Not yet had this year's birthday (one born on 29 February has it on 1 March in other years).
        if (today.Month < birth.Month || (today.Month == birth.Month && today.Day < birth.Day))
            age--;
        return age;
    }
}
