using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.FamilyMembers;

/// <summary>A member as the genogram draws them.</summary>
/// <param name="Label">The name shown under the symbol (preferred name where there is one).</param>
/// <param name="Detail">A short second line, e.g. "b. 2019", "Due 3 Mar 2027" or "Age 34".</param>
public sealed record GenogramPerson(Guid Id, string Label, string? Detail, Gender Gender, bool IsUnborn, bool IsChild, bool LivesInHousehold);

/// <summary>A relationship between two members. For <see cref="RelationshipKind.ParentOf"/>, From is the parent.</summary>
public sealed record GenogramLink(Guid FromId, Guid ToId, RelationshipKind Kind, bool ParentalResponsibility, string? Description = null);

/// <summary>The family as the genogram shows it: its members and the relationships between them (Web draws it).</summary>
public sealed record Genogram(IReadOnlyList<GenogramPerson> People, IReadOnlyList<GenogramLink> Links);
