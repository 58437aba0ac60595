namespace FamilySafeguarding.Application.Teams;

/// <summary>The addresses of services and teams, written once (routes, redirects and links use these).</summary>
public static class TeamLinks
{
    public const string TeamsRoot = "/teams";

    public const string TeamRoot = TeamsRoot + "/{id:guid}";

    public const string ServicesRoot = "/services";

    public static string Teams() => TeamsRoot;

    public static string Team(Guid teamId) => $"{TeamsRoot}/{teamId}";
}
