namespace FamilySafeguarding.Application.FamilyMembers;

/// <summary>The addresses of a family's members and relationships, written once (routes, redirects and links use these).</summary>
public static class MemberLinks
{
    public const string Root = "/families/{familyId:guid}/members";

    public const string MemberRoot = Root + "/{memberId:guid}";

    public const string RelationshipsRoot = "/families/{familyId:guid}/relationships";

    public static string Members(Guid familyId) => $"/families/{familyId}/members";

    public static string Member(Guid familyId, Guid memberId) => $"/families/{familyId}/members/{memberId}";

    /// <summary>The relationships section of the members page.</summary>
    public static string Relationships(Guid familyId) => Members(familyId) + "#relationships";
}
