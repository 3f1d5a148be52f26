using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.Customers;

/// <summary>
/// Finds customers by the match keys during an import, by the SDK's <see cref="ContactKeys"/> (the keys search and lead
/// assignment use), and learns the rows the import writes. A key may be shared: two customers with one household phone.
/// </summary>
public sealed class CustomerIndex
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<long, CustomerRecord>>> byKey = new()
    {
        ["email"] = [], ["phone"] = [], ["externalId"] = [],
    };

    public CustomerIndex(IEnumerable<CustomerRecord> customers)
    {
        foreach (var customer in customers)
            Put(null, customer);
    }

    /// <summary>
    /// The customers the first match key with a value finds (in <paramref name="keys"/> order), with that key: one
    /// to update, several that the row cannot choose between, or none.
    /// </summary>
    public (string? Key, IReadOnlyList<CustomerRecord> Found) Find(IReadOnlyList<string> keys, string? email, string? phone, string? externalId)
    {
        foreach (var key in keys)
        {
            var value = KeyOf(key, email, phone, externalId);
            if (value is not null && byKey[key].TryGetValue(value, out var found) && found.Count > 0)
                return (key, found.Values.OrderBy(c => c.Id).ToList());
        }
        return (null, []);
    }

    public void Put(CustomerRecord? before, CustomerRecord after)
    {
        if (before is not null)
            Remove(before);
        foreach (var (key, value) in KeysOf(after))
        {
            if (!byKey[key].TryGetValue(value, out var customers))
                byKey[key][value] = customers = [];
            customers[after.Id] = after;
        }
    }

    private void Remove(CustomerRecord customer)
    {
        foreach (var (key, value) in KeysOf(customer))
            byKey[key].GetValueOrDefault(value)?.Remove(customer.Id);
    }

    /// <summary>The keys a row would be found by, as <c>key:value</c>: what a batch of rows not yet written must not share.</summary>
    public static IEnumerable<string> Keys(string? email, string? phone, string? externalId) =>
        CustomerCsvMapping.Keys.Select(key => KeyOf(key, email, phone, externalId) is { } value ? $"{key}:{value}" : null).OfType<string>();

    private static IEnumerable<(string Key, string Value)> KeysOf(CustomerRecord c)
    {
        foreach (var key in CustomerCsvMapping.Keys)
        {
            if (KeyOf(key, c.Email, c.Phone, c.ExternalId) is { } value)
                yield return (key, value);
        }
    }

    private static string? KeyOf(string key, string? email, string? phone, string? externalId) => key switch
    {
        "email" => ContactKeys.Email(email),
        "phone" => ContactKeys.Phone(phone),
        _ => externalId is { Length: > 0 } ? externalId : null,
    };
}
