namespace FamilySafeguarding.Application.Events;

/// <summary>The addresses of a family's significant events, written once (routes, redirects, links and search results use these).</summary>
public static class EventLinks
{
    public const string Root = "/families/{familyId:guid}/events";

    public static string Events(Guid familyId) => $"/families/{familyId}/events";
}
