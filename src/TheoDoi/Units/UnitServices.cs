namespace TheoDoi.Units;

public static class UnitServices
{
    /// <summary>
    /// The units feature's services. It has none to register today: units are read through
    /// <see cref="UnitDirectory"/>'s static loader on the request's database context. Kept so that
    /// every feature is composed the same way (issue 14).
    /// </summary>
    public static IServiceCollection AddUnits(this IServiceCollection services) => services;
}
