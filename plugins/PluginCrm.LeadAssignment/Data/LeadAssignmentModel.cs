using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Data;

/// <summary>The lead-assignment plugin's tables, prefixed <c>la_</c>.</summary>
public static class LeadAssignmentModel
{
    public static void ConfigureLeadAssignment(this ModelBuilder model)
    {
        model.Entity<AssignmentRule>(e =>
        {
            e.ToTable("la_rules");
            e.Property(r => r.Strategy).HasConversion<string>();
            e.Property(r => r.MinValue).HasConversion<double?>();
            e.Property(r => r.MaxValue).HasConversion<double?>();
        });
        model.Entity<RepAvailability>(e => { e.ToTable("la_reps"); e.HasKey(r => r.UserId); e.Property(r => r.UserId).ValueGeneratedNever(); });
        // SQLite serialises writers; on PostgreSQL two assignments reading the same credit must not both save it.
        model.Entity<RotationSlot>(e => { e.ToTable("la_rotation_slots"); e.HasKey(r => new { r.Rotation, r.UserId }); e.Property(r => r.Credit).IsConcurrencyToken(); });
        model.Entity<Decision>(e =>
        {
            e.ToTable("la_decisions");
            e.HasIndex(d => new { d.RecordType, d.RecordId });
            e.HasIndex(d => new { d.ToOwnerId, d.Action, d.OccurredUtc });
        });
        model.Entity<PoolEntry>(e =>
        {
            e.ToTable("la_pool");
            e.HasKey(p => new { p.RecordType, p.RecordId });
            // Read and written through its field, which is null for an entry from before reasons were kept this way.
            e.Property(p => p.ReasonText).HasField("reasonText").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired(false)
                .HasConversion(t => JsonSerializer.Serialize(t, JsonSerializerOptions.Web), json => JsonSerializer.Deserialize<DayText>(json, JsonSerializerOptions.Web)!);
        });
        model.Entity<QueuedLead>(e => { e.ToTable("la_queue"); e.HasKey(q => q.LeadId); e.Property(q => q.LeadId).ValueGeneratedNever(); });
        model.Entity<ContactKey>(e =>
        {
            e.ToTable("la_contact_keys");
            e.HasIndex(k => new { k.Kind, k.Value });
            e.HasIndex(k => new { k.RecordType, k.RecordId });
        });
        model.Entity<OpenLeadCount>(e => { e.ToTable("la_open_leads"); e.HasKey(o => o.OwnerId); e.Property(o => o.OwnerId).ValueGeneratedNever(); });
        model.Entity<Stamp>(e => { e.ToTable("la_stamps"); e.HasKey(s => s.Name); });
    }
}
