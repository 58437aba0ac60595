namespace FamilySafeguarding.Application.Organisations;

/// <summary>The addresses of the organisations pages, written once (routes, redirects and links use these).</summary>
public static class OrganisationLinks
{
    public const string Root = "/organisations";

    public static string Organisations() => Root;
}
