using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Notifications;

/// <summary>
/// Raises notifications once per key: stored for the in-app list, and mailed to the addressed users
/// who have an e-mail address when SMTP is configured. Features (tasks, reporting, water alerts)
/// all go through here.
/// </summary>
public sealed class Notifier(AppDbContext db, IMailSender mail, TimeProvider clock, ILogger<Notifier> logger)
{
    /// <summary>
    /// A notice in Vietnamese (<see cref="Subject"/>, <see cref="Body"/>) with its optional English
    /// (<see cref="SubjectEn"/>, <see cref="BodyEn"/>), shown in the reader's language.
    /// </summary>
    public sealed record Notice(string Key, string? UnitCode, string? Role, string Subject, string Body, string? Link)
    {
        public string? SubjectEn { get; init; }
        public string? BodyEn { get; init; }
    }

    /// <returns>True when the notification is new (and was sent); false when it had been raised before.</returns>
    public async Task<bool> RaiseAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        if (await db.Notifications.AnyAsync(n => n.Key == notice.Key, cancellationToken))
        {
            return false;
        }

        var notification = new Notification
        {
            Key = notice.Key,
            UnitCode = notice.UnitCode,
            Role = notice.Role,
            Subject = notice.Subject,
            Body = notice.Body,
            SubjectEn = notice.SubjectEn,
            BodyEn = notice.BodyEn,
            Link = notice.Link,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Notifications.Add(notification);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Raised at the same moment by another run: the unique key kept it single.
            db.Entry(notification).State = EntityState.Detached;
            return false;
        }

        if (mail.IsConfigured)
        {
            var recipients = await RecipientsAsync(notice, cancellationToken);
            try
            {
                // Mail readers' language is unknown: Vietnamese first, then the English when there is one.
                var body = notice.Body + (notice.BodyEn is { Length: > 0 } en ? "\n\n---\n" + (notice.SubjectEn is { } se ? se + "\n" : "") + en : "");
                await mail.SendAsync(recipients, notice.Subject, body + (notice.Link is null ? "" : "\n\n" + notice.Link), cancellationToken);
                notification.MailedAt = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                // The in-app notice stands; the mail is not retried so nobody is mailed twice.
                logger.LogWarning(exception, "Notification {Key}: e-mail could not be sent", notice.Key);
            }
        }

        return true;
    }

    private async Task<List<string>> RecipientsAsync(Notice notice, CancellationToken cancellationToken)
    {
        var users = db.Users.Where(u => u.Email != null && u.Email != "");
        if (notice.UnitCode is { } unit)
        {
            return await users.Where(u => u.UnitCode == unit).Select(u => u.Email!).ToListAsync(cancellationToken);
        }

        var roleId = await db.Roles.Where(r => r.Name == notice.Role).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        return await users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId)).Select(u => u.Email!).ToListAsync(cancellationToken);
    }

    /// <summary>The notifications a user sees: their unit's and their roles'.</summary>
    public static IQueryable<Notification> For(AppDbContext db, string? unitCode, IReadOnlyCollection<string> roles)
    {
        return db.Notifications.Where(n => (unitCode != null && n.UnitCode == unitCode) || (n.Role != null && roles.Contains(n.Role)));
    }
}
