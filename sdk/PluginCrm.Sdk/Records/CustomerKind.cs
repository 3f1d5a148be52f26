namespace PluginCrm.Sdk.Records;

/// <summary>Whether a customer is a person or a company contact.</summary>
public enum CustomerKind
{
    /// <summary>A private person.</summary>
    Person,

    /// <summary>A contact at a company (see the customer's company).</summary>
    CompanyContact,
}
