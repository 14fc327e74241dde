// The water benchmark (docs/benchmarks.md): import rate against a raw baseline in the same run on
// SQLite and PostgreSQL, peak memory of the import at 1 M and N values, the WQI command's rate, and
// the latency of the station-month series and the basin-year summary.
//   bench/run.sh [--values N]              (starts a throwaway PostgreSQL, then runs this)
//   dotnet run -c Release -- [--values N] [--pg CONNSTRING] [--work DIR]
//   dotnet run -c Release -- security [--values N] [--pg CONNSTRING] [--work DIR]
//                                          the water-security reads (issue 9) on SQLite, or on PostgreSQL with --pg
//                                          (default 50,000,000 values)
//   dotnet run -c Release -- sta [--values N] [--pg CONNSTRING] [--work DIR]
//                                          the SensorThings page alone against its raw path (issue 10)
//   (child) import-only FILE DB            imports in a fresh process and prints elapsed and peak memory
// The bench's own output is written in the invariant culture whatever the machine's locale.
#pragma warning disable RS0030
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
#pragma warning restore RS0030
if (args.Length == 3 && args[0] == "import-only")
{
    return await Bench.ImportOnlyAsync(args[1], args[2]);
}

var security = args.Contains("security");
var values = security ? 50_000_000L : 10_000_000L;
string? pg = Environment.GetEnvironmentVariable("THEODOI_BENCH_PG");
var work = Path.Combine(Path.GetTempPath(), "theodoi-bench");
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--values": values = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pg": pg = args[++i]; break;
        case "--work": work = args[++i]; break;
    }
}

if (args.Contains("sta"))
{
    return await Bench.SensorThingsOnlyAsync(values, pg, work);
}

return security ? await Bench.SecurityAsync(values, pg, work) : await Bench.RunAsync(values, pg, work);
