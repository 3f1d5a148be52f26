using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Records.Lifecycle;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary>
/// Converts a lead (<c>lead.convert</c>): into a new customer made from its fields, with its owner and team, after a
/// duplicate check, or into an existing customer; optionally with a deal. One message, one transaction: the company,
/// customer and deal are created by nested <c>company.create</c>, <c>customer.create</c> and <c>deal.create</c> (each
/// audited, their plugins' steps run), the lead's interactions get the customer by <c>interaction.update</c>, and the lead
/// becomes converted, pointing at both. Any failure leaves everything as it was.
/// </summary>
public sealed class LeadConverter(CrmDbContext db, RecordWriter records, MessagePipeline pipeline, DuplicateCustomers duplicates, TimeProvider time, ILogger<LeadConverter> logger)
{
    public async Task<LeadConversion> ConvertAsync(long leadId, ConvertLeadRequest request, long? expectedVersion, ActingUser user, CancellationToken ct)
    {
        var lead = CoreRecords.Leads.ToRecord(await records.FindChangeableAsync(CoreRecords.Leads, leadId, user, includeDeleted: false, ct));
        if (lead.Status == LeadStatus.Converted)
            throw new ConflictException($"lead {leadId} was converted already, into customer {lead.CustomerId}");
        if ((expectedVersion ?? request.Version) is { } version && version != lead.Version)
            throw new ConflictException($"lead {leadId} changed since you read it: you sent version {version}, it is at {lead.Version}; read it again", 412);

        var errors = new FieldErrors();
        var deal = DealOf(request.Deal, lead, errors);
        if (request.CustomerId is not null && request.CreateDuplicate)
            errors.Add("createDuplicate", "applies only when a customer is created; leave it out when linking customerId");
        await RecordRules.AttachableAsync(CoreRecords.Customers, request.CustomerId, null, "customerId", db, user, errors, ct);
        errors.ThrowIfAny();

        var linked = request.CustomerId is { } customerId
            ? CoreRecords.Customers.ToRecord(await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct))
            : null;
        if (linked is null && !request.CreateDuplicate)
            await RefuseDuplicatesAsync(lead, user, ct);

        var (stage, why) = LifecycleRules.AtConversion(lead.Status, deal?.Stage);
        var target = new LeadConversion(lead with { Status = LeadStatus.Converted, CustomerId = linked?.Id }, linked ?? NewCustomer(lead, stage), deal, linked is null);
        var message = new PipelineRequest<LeadConversion>(CoreMessages.Lead.Convert, RecordTypes.Lead, user, new LeadConversion(lead, linked, null, linked is null), target,
            (changed, token) => WriteAsync(leadId, changed!, user, why, token), c => c.Lead.Id);
        var converted = (await pipeline.RunAsync(message, ct))!;
        logger.LogInformation("Lead {LeadId} converted into customer {CustomerId} ({How}), deal {DealId}", leadId, converted.Customer!.Id, converted.NewCustomer ? "created" : "linked", converted.Deal?.Id);
        return converted;
    }

    private async Task RefuseDuplicatesAsync(LeadRecord lead, ActingUser user, CancellationToken ct)
    {
        var (readable, unreadable) = await duplicates.OfAsync(lead, user, ct);
        if (readable.Count + unreadable == 0)
            return;
        var named = string.Join(", ", readable.Select(c => $"{c.Id} ({c.Name})"));
        var others = unreadable == 0 ? "" : $"{(readable.Count == 0 ? "" : " and ")}{unreadable} you may not read";
        throw new PossibleDuplicatesException(readable, unreadable,
            $"customers with this lead's e-mail, phone or name and company exist: {named}{others}; link one (customerId) or create anyway (createDuplicate: true)");
    }

    private DealRecord? DealOf(ConvertLeadDeal? deal, LeadRecord lead, FieldErrors errors)
    {
        if (deal is null)
            return null;
        var stage = deal.Stage ?? DealStage.Qualified;
        if (!Enum.IsDefined(stage))
            errors.Add("deal.stage", "is not a funnel stage");
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new DealRecord(0, FieldRules.Text(deal.Title, "deal.title", 300, errors, required: true)!, null, null, null, lead.OwnerId, lead.TeamId, stage,
            FieldRules.Money(deal.Value ?? lead.EstimatedValue, "deal.value", errors), today, stage is DealStage.Won or DealStage.Lost ? today : null, null, default, default, 0);
    }

    // What the customer takes from the lead; consent to be contacted is never assumed (it is recorded explicitly).
    private static CustomerRecord NewCustomer(LeadRecord lead, LifecycleStage stage) => new(
        0, lead.Name, CustomerKind.Person, null, lead.Email, lead.Phone, null, lead.Source, lead.Region, lead.Language, lead.OwnerId, lead.TeamId,
        stage, [], false, null, default, default, 0);

    // The core operation (stage 30), in the message's transaction.
    private async Task<LeadConversion?> WriteAsync(long leadId, LeadConversion target, ActingUser user, string why, CancellationToken ct)
    {
        var reason = $"converted from lead {leadId}";
        var customer = target.Customer ?? throw new InvalidOperationException("a conversion without a customer");
        if (target.NewCustomer)
        {
            var companyId = customer.CompanyId ?? await CompanyOfAsync(target.Lead.CompanyName, user, reason, ct);
            customer = await records.CreateAsync(CoreRecords.Customers, customer with { CompanyId = companyId }, user, ct, $"{reason}: {why}");
        }
        else
            customer = CoreRecords.Customers.ToRecord(await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customer.Id, ct));

        var deal = target.Deal is { } planned
            ? await records.CreateAsync(CoreRecords.Deals, planned with { CustomerId = customer.Id, CompanyId = planned.CompanyId ?? customer.CompanyId }, user, ct, reason)
            : null;

        var lead = await db.Leads.SingleAsync(l => l.Id == leadId, ct);
        (lead.Status, lead.CustomerId, lead.ConvertedDealId) = (LeadStatus.Converted, customer.Id, deal?.Id);
        lead.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        lead.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"lead {leadId} changed while it was converted; read it again", 412);
        }

        var interactions = await db.Interactions.AsNoTracking().Where(i => i.LeadId == leadId && i.CustomerId == null).OrderBy(i => i.Id).ToListAsync(ct);
        foreach (var interaction in interactions.Select(CoreRecords.Interactions.ToRecord))
            await records.UpdateAsync(CoreRecords.Interactions, interaction.Id, interaction with { CustomerId = customer.Id }, interaction.Version, user, ct, reason);
        return new LeadConversion(CoreRecords.Leads.ToRecord(lead), customer, deal, target.NewCustomer);
    }

    // The lead's company by the SDK's company key (so "ACME Ltd." finds "Acme Ltd"), or a new one of that name.
    private async Task<long?> CompanyOfAsync(string? name, ActingUser user, string reason, CancellationToken ct)
    {
        if (ContactKeys.Company(name) is not { } key)
            return null;
        var existing = await db.Companies.AsNoTracking().Where(c => c.NameKey == key).OrderBy(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        return existing ?? (await records.CreateAsync(CoreRecords.Companies, new CompanyRecord(0, name!, null, null, null, null, null, default, default, 0), user, ct, reason)).Id;
    }
}
