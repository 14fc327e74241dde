using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TheoDoi.Accounts.Sessions;

/// <summary>
/// Identity's user manager that tells the <see cref="SecurityStampCache"/> of every change to an
/// account, so a new stamp (or a deletion) takes effect on this instance with the next request.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    SecurityStampCache cache)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        var result = await base.UpdateUserAsync(user);
        cache.Forget(user.Id);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(AppUser user)
    {
        var result = await base.DeleteAsync(user);
        cache.Forget(user.Id);
        return result;
    }
}
