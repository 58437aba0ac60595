namespace FamilySafeguarding.Domain.Auditing;

/// <summary>
/// One look, or refused look, at a family's record: councils must be able to say who looked at a child's record.
/// Written for every page of a family that is shown, and for every refusal.
/// </summary>
public sealed class FamilyAccessEntry
{
    public const int PageMaxLength = 64;
    public const int CorrelationIdMaxLength = 64;

    private FamilyAccessEntry()
    {
        Page = string.Empty;
    }

    public FamilyAccessEntry(DateTime occurredAt, Guid? userId, Guid? personId, Guid familyId, string page, bool granted, string? correlationId)
    {
        Id = Guid.CreateVersion7();
        OccurredAt = occurredAt;
        UserId = userId;
        PersonId = personId;
        FamilyId = familyId;
        Page = page.Length <= PageMaxLength ? page : page[..PageMaxLength];
        Granted = granted;
        CorrelationId = correlationId is { Length: > CorrelationIdMaxLength } ? correlationId[..CorrelationIdMaxLength] : correlationId;
    }

    public Guid Id { get; private init; }

    public DateTime OccurredAt { get; private init; }

    public Guid? UserId { get; private init; }

    public Guid? PersonId { get; private init; }

    /// <summary>The family asked for. For a refusal it may be an id that does not exist (a guess); no foreign key, so it is still recorded.</summary>
    public Guid FamilyId { get; private init; }

    public string Page { get; private init; }

    public bool Granted { get; private init; }

    public string? CorrelationId { get; private init; }
}
