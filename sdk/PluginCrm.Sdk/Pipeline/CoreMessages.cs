namespace PluginCrm.Sdk.Pipeline;

/// <summary>
/// Every message the host runs through the pipeline for its own records: <c>&lt;record&gt;.create</c>, <c>.update</c>,
/// <c>.delete</c> (soft: the record stays, hidden) and <c>.purge</c> (an admin removes it for good). What a step sees:
/// <list type="bullet">
/// <item><c>Before</c>: the record as it was (the <c>PluginCrm.Sdk.Records</c> type of its kind, e.g. <see cref="Records.CustomerRecord"/>); null on create.</item>
/// <item><c>Target</c>: the record as it will be stored, checked by the host (names trimmed, e-mail lower-cased, the team the owner's);
/// its id is 0 on create until PostOperation; null on delete and purge.</item>
/// <item><c>User</c>: who made the change: a signed-in user, an API key, or <see cref="Access.ActingUser.System"/> for imports and jobs.</item>
/// </list>
/// What each stage may do: PreValidation (outside the transaction) refuses with a <see cref="PipelineValidationException"/>,
/// which the caller gets as a 422 and nothing changes; PreOperation refuses, or replaces <c>Target</c> with a changed copy,
/// which the host checks again; PostOperation sees the stored record and may write its own rows in the same transaction
/// (a throw rolls everything back); PostCommit runs after commit from the outbox, at least once. A change cannot be
/// cancelled except by refusing it.
/// </summary>
public static class CoreMessages
{
    /// <summary>Customers (<see cref="Records.CustomerRecord"/>).</summary>
    public static class Customer
    {
        /// <summary><c>customer.create</c>.</summary>
        public const string Create = "customer.create";

        /// <summary><c>customer.update</c>: any field, the owner included (a change of owner moves the team along).</summary>
        public const string Update = "customer.update";

        /// <summary><c>customer.delete</c>: soft.</summary>
        public const string Delete = "customer.delete";

        /// <summary><c>customer.purge</c>: for good, by an admin.</summary>
        public const string Purge = "customer.purge";
    }

    /// <summary>Companies (<see cref="Records.CompanyRecord"/>).</summary>
    public static class Company
    {
        /// <summary><c>company.create</c>.</summary>
        public const string Create = "company.create";

        /// <summary><c>company.update</c>.</summary>
        public const string Update = "company.update";

        /// <summary><c>company.delete</c>: soft.</summary>
        public const string Delete = "company.delete";

        /// <summary><c>company.purge</c>.</summary>
        public const string Purge = "company.purge";
    }

    /// <summary>Leads (<see cref="Records.LeadRecord"/>).</summary>
    public static class Lead
    {
        /// <summary><c>lead.create</c>: lead assignment gives an unowned lead its owner in PreOperation.</summary>
        public const string Create = "lead.create";

        /// <summary><c>lead.update</c>.</summary>
        public const string Update = "lead.update";

        /// <summary><c>lead.delete</c>: soft.</summary>
        public const string Delete = "lead.delete";

        /// <summary><c>lead.purge</c>.</summary>
        public const string Purge = "lead.purge";

        /// <summary>
        /// <c>lead.convert</c>: a lead becomes a customer (created, or an existing one linked) and optionally a deal, in one
        /// transaction. It carries a <see cref="Records.LeadConversion"/>, not a <see cref="Records.LeadRecord"/> (see there
        /// for <c>Before</c> and <c>Target</c>); its core operation runs <c>company.create</c>, <c>customer.create</c>,
        /// <c>deal.create</c> and <c>interaction.update</c> (the lead's interactions get the customer) as nested messages,
        /// so their steps run too. A plugin keeping rows by the lead moves or copies them here, in PostOperation.
        /// </summary>
        public const string Convert = "lead.convert";
    }

    /// <summary>Deals (<see cref="Records.DealRecord"/>).</summary>
    public static class Deal
    {
        /// <summary><c>deal.create</c>.</summary>
        public const string Create = "deal.create";

        /// <summary><c>deal.update</c>: a move through the funnel is an update of its stage.</summary>
        public const string Update = "deal.update";

        /// <summary><c>deal.delete</c>: soft.</summary>
        public const string Delete = "deal.delete";

        /// <summary><c>deal.purge</c>.</summary>
        public const string Purge = "deal.purge";
    }

    /// <summary>Products (<see cref="Records.ProductRecord"/>).</summary>
    public static class Product
    {
        /// <summary><c>product.create</c>.</summary>
        public const string Create = "product.create";

        /// <summary><c>product.update</c>.</summary>
        public const string Update = "product.update";

        /// <summary><c>product.delete</c>: soft.</summary>
        public const string Delete = "product.delete";

        /// <summary><c>product.purge</c>.</summary>
        public const string Purge = "product.purge";
    }

    /// <summary>Orders with their lines (<see cref="Records.OrderRecord"/>).</summary>
    public static class Order
    {
        /// <summary><c>order.create</c>: value scoring and customer care react to it.</summary>
        public const string Create = "order.create";

        /// <summary><c>order.update</c>.</summary>
        public const string Update = "order.update";

        /// <summary><c>order.delete</c>: soft.</summary>
        public const string Delete = "order.delete";

        /// <summary><c>order.purge</c>.</summary>
        public const string Purge = "order.purge";
    }

    /// <summary>Interactions: calls, e-mails, visits, chats, meetings (<see cref="Records.InteractionRecord"/>).</summary>
    public static class Interaction
    {
        /// <summary><c>interaction.create</c>: the author is the acting user.</summary>
        public const string Create = "interaction.create";

        /// <summary><c>interaction.update</c>.</summary>
        public const string Update = "interaction.update";

        /// <summary><c>interaction.delete</c>: soft.</summary>
        public const string Delete = "interaction.delete";

        /// <summary><c>interaction.purge</c>.</summary>
        public const string Purge = "interaction.purge";
    }

    /// <summary>Tasks, the follow-ups of a user's day (<see cref="Records.TaskRecord"/>).</summary>
    public static class Task
    {
        /// <summary><c>task.create</c>: also nested in <c>interaction.create</c> when the interaction sets its next follow-up.</summary>
        public const string Create = "task.create";

        /// <summary><c>task.update</c>: marking it done is an update; nested in <c>interaction.create</c> when the interaction completes it.</summary>
        public const string Update = "task.update";

        /// <summary><c>task.delete</c>: soft.</summary>
        public const string Delete = "task.delete";

        /// <summary><c>task.purge</c>.</summary>
        public const string Purge = "task.purge";
    }

    /// <summary>Every core message.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Customer.Create, Customer.Update, Customer.Delete, Customer.Purge,
        Company.Create, Company.Update, Company.Delete, Company.Purge,
        Lead.Create, Lead.Update, Lead.Delete, Lead.Purge, Lead.Convert,
        Deal.Create, Deal.Update, Deal.Delete, Deal.Purge,
        Product.Create, Product.Update, Product.Delete, Product.Purge,
        Order.Create, Order.Update, Order.Delete, Order.Purge,
        Interaction.Create, Interaction.Update, Interaction.Delete, Interaction.Purge,
        Task.Create, Task.Update, Task.Delete, Task.Purge,
    ];
}
