namespace FamilySafeguarding.Domain.Auditing;

/// <summary>
/// One line of the audit log: who did what to which record, when, under which request.
/// It holds ids and property names only, never what was typed.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int EntityTypeMaxLength = 64;
    public const int DetailMaxLength = 1000;
    public const int CorrelationIdMaxLength = 64;

    private AuditEntry()
    {
        Action = string.Empty;
        EntityType = string.Empty;
    }

    public AuditEntry(DateTime occurredAt, Guid? userId, string action, string entityType, Guid? entityId, string? detail, string? correlationId)
    {
        Id = Guid.CreateVersion7();
        OccurredAt = occurredAt;
        UserId = userId;
        Action = Truncate(action, ActionMaxLength)!;
        EntityType = Truncate(entityType, EntityTypeMaxLength)!;
        EntityId = entityId;
        Detail = Truncate(detail, DetailMaxLength);
        CorrelationId = Truncate(correlationId, CorrelationIdMaxLength);
    }

    public Guid Id { get; private init; }

    public DateTime OccurredAt { get; private init; }

    public Guid? UserId { get; private init; }

    public string Action { get; private init; }

    public string EntityType { get; private init; }

    public Guid? EntityId { get; private init; }

    public string? Detail { get; private init; }

    public string? CorrelationId { get; private init; }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
