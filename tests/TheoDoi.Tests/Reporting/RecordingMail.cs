using Microsoft.Extensions.DependencyInjection.Extensions;
using TheoDoi.Notifications;

namespace TheoDoi.Tests.Reporting;

/// <summary>An SMTP stand-in that records what would have been mailed.</summary>
internal sealed class RecordingMail : IMailSender
{
    public List<(string[] To, string Subject, string Body)> Sent { get; } = [];

    public bool IsConfigured => true;

    public void Register(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<IMailSender>(this));

    public Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken cancellationToken)
    {
        lock (Sent)
        {
            Sent.Add((to.ToArray(), subject, body));
        }

        return Task.CompletedTask;
    }
}
