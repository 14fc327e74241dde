using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace TheoDoi.Notifications;

/// <summary>Sends a notification by e-mail. Without SMTP settings nothing is mailed (in-app only).</summary>
public interface IMailSender
{
    bool IsConfigured { get; }

    Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>SMTP settings, from configuration section <c>Smtp</c> (e.g. env <c>Smtp__Host</c>).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool StartTls { get; set; } = true;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "theodoi@localhost";
}

public sealed class SmtpMailSender(Microsoft.Extensions.Options.IOptions<SmtpOptions> options) : IMailSender
{
    private readonly SmtpOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken cancellationToken)
    {
        if (!IsConfigured || to.Count == 0)
        {
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(_options.Host!, _options.Port, _options.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(_options.Username))
        {
            await client.AuthenticateAsync(_options.Username, _options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
