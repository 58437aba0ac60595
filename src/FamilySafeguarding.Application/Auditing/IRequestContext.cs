namespace FamilySafeguarding.Application.Auditing;

/// <summary>Who is behind the current unit of work, and the correlation id of the request, for stamps and the audit log.</summary>
public interface IRequestContext
{
    Guid? UserId { get; }

    string? CorrelationId { get; }
}
