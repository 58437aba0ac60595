using System.Globalization;
using FamilySafeguarding.Application.Account;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilySafeguarding.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Folder the messages are written to, one text file each. Relative paths are under the app's data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    /// <summary>Write each message's link to the log (development only: it lets a demo user follow a set-password link).</summary>
    public bool LogLinks { get; set; }
}

/// <summary>
/// Delivers email by writing it to a pickup folder, where a mail relay (or a developer) collects it.
/// Logs the account id, never the address.
/// </summary>
public sealed partial class FileEmailSender(IOptions<EmailOptions> options, DataFolder dataFolder, TimeProvider time, ILogger<FileEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var folder = dataFolder.Resolve(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var stamp = time.GetUtcNow().ToString("yyyyMMddTHHmmssfff", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{stamp}-{message.UserId:N}.txt");
        var content = $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await File.WriteAllTextAsync(path, content, ct);
        if (options.Value.LogLinks && message.Link is not null)
        {
            LogSentWithLink(message.UserId, message.Subject, message.Link);
        }
        else
        {
            LogSent(message.UserId, message.Subject);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" for user {UserId} written to the pickup folder")]
    private partial void LogSent(Guid userId, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" for user {UserId} written to the pickup folder. Link: {Link}")]
    private partial void LogSentWithLink(Guid userId, string subject, string link);
}
