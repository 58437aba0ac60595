using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Families;

/// <summary>How two members are related. For <see cref="RelationshipKind.ParentOf"/> the first member is the parent.</summary>
public sealed class Relationship : TrackedEntity, IFamilyPart
{
    public const int DescriptionMaxLength = 200;

    private Relationship()
    {
    }

    internal Relationship(Guid familyId, Guid fromMemberId, Guid toMemberId, RelationshipKind kind, bool parentalResponsibility, string? description)
    {
        FamilyId = familyId;
        FromMemberId = fromMemberId;
        ToMemberId = toMemberId;
        Kind = kind;
        ParentalResponsibility = parentalResponsibility;
        Description = description;
    }

    public Guid FamilyId { get; private set; }

    public Guid FromMemberId { get; private set; }

    public Guid ToMemberId { get; private set; }

    public RelationshipKind Kind { get; private set; }

    /// <summary>Whether the first member holds parental responsibility for the second.</summary>
    public bool ParentalResponsibility { get; private set; }

    /// <summary>What the relationship is, for <see cref="RelationshipKind.Other"/> (e.g. "Special guardian of").</summary>
    public string? Description { get; private set; }

    public bool Joins(Guid a, Guid b) => (FromMemberId == a && ToMemberId == b) || (FromMemberId == b && ToMemberId == a);
}
