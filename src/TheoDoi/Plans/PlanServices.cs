namespace TheoDoi.Plans;

public static class PlanServices
{
    /// <summary>
    /// The plan feature's services. It has none to register today: the plan is read through
    /// <see cref="PlanTree"/>'s static loader on the request's database context. Kept so that every
    /// feature is composed the same way (issue 14).
    /// </summary>
    public static IServiceCollection AddPlans(this IServiceCollection services) => services;
}
