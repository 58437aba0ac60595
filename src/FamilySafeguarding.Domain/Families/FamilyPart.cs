namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// A record inside a family's aggregate (members, their statuses and worries, relationships, allocations, openings).
/// Changing one counts as changing the family, so the family's version guards rules that span records, such as
/// "exactly one lead social worker" and "never on a CIN and a CP plan at once", against two saves at the same moment.
/// </summary>
public interface IFamilyPart
{
    Guid FamilyId { get; }
}
