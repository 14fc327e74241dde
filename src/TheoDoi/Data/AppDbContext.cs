using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Indicators;
using TheoDoi.Notifications;
using TheoDoi.Plans;
using TheoDoi.Reporting;
using TheoDoi.Tasks;
using TheoDoi.Units;
using TheoDoi.Water;

namespace TheoDoi.Data;

/// <summary>
/// The one EF model of TheoDoi. Each database provider has a sealed subclass so that each keeps its
/// own migrations (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>); features use
/// this base type only.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorDefinitionVersion> IndicatorDefinitionVersions => Set<IndicatorDefinitionVersion>();
    public DbSet<Registries.IndustrialPark> IndustrialParks => Set<Registries.IndustrialPark>();
    public DbSet<Registries.ParkComplianceCheck> ParkComplianceChecks => Set<Registries.ParkComplianceCheck>();
    public DbSet<Registries.WasteStatistic> WasteStatistics => Set<Registries.WasteStatistic>();
    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();
    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();
    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ReportingCycle> ReportingCycles => Set<ReportingCycle>();
    public DbSet<UnitReport> UnitReports => Set<UnitReport>();
    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();
    public DbSet<WaterBasin> WaterBasins => Set<WaterBasin>();
    public DbSet<WaterBody> WaterBodies => Set<WaterBody>();
    public DbSet<WaterStation> WaterStations => Set<WaterStation>();
    public DbSet<WaterStationUnit> WaterStationUnits => Set<WaterStationUnit>();
    public DbSet<WaterParameterEntry> WaterParameters => Set<WaterParameterEntry>();
    public DbSet<WaterImportBatch> WaterImportBatches => Set<WaterImportBatch>();
    public DbSet<WaterObservation> WaterObservations => Set<WaterObservation>();
    public DbSet<WaterValueVersion> WaterValueVersions => Set<WaterValueVersion>();
    public DbSet<WaterSample> WaterSamples => Set<WaterSample>();
    public DbSet<WaterAlert> WaterAlerts => Set<WaterAlert>();
    public DbSet<Water.Licences.WaterLicence> WaterLicences => Set<Water.Licences.WaterLicence>();
    public DbSet<Water.Licences.LicenceVolume> LicenceVolumes => Set<Water.Licences.LicenceVolume>();
    public DbSet<Water.Licences.GroundwaterZone> GroundwaterZones => Set<Water.Licences.GroundwaterZone>();
    public DbSet<Exchange.Partner> Partners => Set<Exchange.Partner>();
    public DbSet<Exchange.Agreement> Agreements => Set<Exchange.Agreement>();
    public DbSet<Exchange.PartnerKey> PartnerKeys => Set<Exchange.PartnerKey>();
    public DbSet<Exchange.ExchangeRequest> ExchangeRequests => Set<Exchange.ExchangeRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<SystemSetting>().HasKey(s => s.Key);
        builder.Entity<SystemSetting>().Property(s => s.Key).HasMaxLength(64);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
        // Every timestamp is UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
