namespace FamilySafeguarding.Application.Account;

/// <summary>Sends email to staff. The outside boundary: a file/log sender in development, a mail relay in a deployment.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <param name="UserId">The account the message is for, so logs can name it without the address.</param>
/// <param name="Link">The one link the message carries, if any (logged in development so the demo can follow it).</param>
public sealed record EmailMessage(Guid UserId, string To, string Subject, string Body, string? Link);
