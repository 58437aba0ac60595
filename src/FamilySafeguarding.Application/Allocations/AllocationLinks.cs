namespace FamilySafeguarding.Application.Allocations;

/// <summary>The addresses of a family's workers and their allocations, written once (routes, redirects and links use these).</summary>
public static class AllocationLinks
{
    public const string Root = "/families/{familyId:guid}/workers";

    public const string EndRoute = Root + "/{allocationId:guid}/end";

    public static string Workers(Guid familyId) => $"/families/{familyId}/workers";

    public static string Allocate(Guid familyId) => Workers(familyId) + "/new";

    public static string End(Guid familyId, Guid allocationId) => $"{Workers(familyId)}/{allocationId}/end";
}
