namespace PluginCrm.Host.Demo.Scale;

/// <summary>
/// Phones and e-mails unique by construction: the customer's number, scrambled by a bijection of [0, 10^9), picks the digits.
/// The demo keeps every contact it handed out in a set to redraw duplicates; a million customers would hold a million strings.
/// </summary>
public static class ScaleContacts
{
    private const long Space = 1_000_000_000;
    private const long Multiplier = 387_420_489; // 3^18: coprime with 10, so n -> n * 3^18 mod 10^9 is one to one

    /// <summary>Customer <paramref name="n"/>'s nine digits; another seed shifts them all.</summary>
    public static long Digits(long n, int seed) => (n * Multiplier % Space + (seed & int.MaxValue)) % Space;

    public static string Phone(string region, long digits) => region switch
    {
        "east" or "south" => $"+86 13{digits / 100_000_000} {digits / 10_000 % 10_000:0000} {digits % 10_000:0000}",
        "europe" => $"+44 7{digits / 1_000_000:000} {digits % 1_000_000:000000}",
        _ => $"+1 {200 + digits / 10_000_000}-{digits / 10_000 % 1000:000}-{digits % 10_000:0000}",
    };

    public static string Email(string name, bool zh, long digits, long n) => zh
        ? $"{1_000_000_000 + digits}@{(digits % 2 == 0 ? "qq.com" : "163.com")}"
        : $"{name.ToLowerInvariant().Replace(' ', '.')}.{n}@example.{(digits % 2 == 0 ? "com" : "net")}";
}
