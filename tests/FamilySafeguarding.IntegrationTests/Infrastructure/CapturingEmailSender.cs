using System.Collections.Concurrent;
using FamilySafeguarding.Application.Account;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>Stands in for the mail relay (an outside boundary): keeps every message so a test can follow its link.</summary>
public sealed class CapturingEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public EmailMessage LastTo(string address) =>
        Sent.LastOrDefault(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No email was sent to {address}.");
}
