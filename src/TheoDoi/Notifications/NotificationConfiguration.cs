using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.HasIndex(n => n.Key).IsUnique();
        notification.HasIndex(n => new { n.UnitCode, n.CreatedAt });
        notification.Property(n => n.Key).HasMaxLength(200);
        notification.Property(n => n.UnitCode).HasMaxLength(32);
        notification.Property(n => n.Role).HasMaxLength(32);
        notification.Property(n => n.Subject).HasMaxLength(300);
        notification.Property(n => n.SubjectEn).HasMaxLength(300);
        notification.Property(n => n.Link).HasMaxLength(300);
    }
}
