using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Imports.Customers;

/// <summary>Finds customers by the match keys during an import, and learns the rows the import writes.</summary>
public sealed class CustomerIndex
{
    private readonly Dictionary<string, CustomerRecord> byEmail = [], byPhone = [], byExternalId = [];

    public CustomerIndex(IEnumerable<CustomerRecord> customers)
    {
        foreach (var customer in customers)
            Put(null, customer);
    }

    public CustomerRecord? Find(IReadOnlyList<string> keys, string? email, string? phone, string? externalId)
    {
        foreach (var key in keys)
        {
            var found = key switch
            {
                "email" when ContactKeys.Email(email) is { } e => byEmail.GetValueOrDefault(e),
                "phone" when ContactKeys.Phone(phone) is { } p => byPhone.GetValueOrDefault(p),
                "externalId" when externalId is { Length: > 0 } x => byExternalId.GetValueOrDefault(x),
                _ => null,
            };
            if (found is not null)
                return found;
        }
        return null;
    }

    public void Put(CustomerRecord? before, CustomerRecord after)
    {
        if (before is not null)
            Remove(before);
        if (ContactKeys.Email(after.Email) is { } email)
            byEmail[email] = after;
        if (ContactKeys.Phone(after.Phone) is { } phone)
            byPhone[phone] = after;
        if (after.ExternalId is { Length: > 0 } external)
            byExternalId[external] = after;
    }

    private void Remove(CustomerRecord customer)
    {
        if (ContactKeys.Email(customer.Email) is { } email)
            byEmail.Remove(email);
        if (ContactKeys.Phone(customer.Phone) is { } phone)
            byPhone.Remove(phone);
        if (customer.ExternalId is { Length: > 0 } external)
            byExternalId.Remove(external);
    }
}
