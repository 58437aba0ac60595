namespace FamilySafeguarding.Application.People;

/// <summary>The addresses of the people directory and a person's pages, written once (routes, redirects and links use these).</summary>
public static class PeopleLinks
{
    public const string Root = "/people";

    public const string PersonRoot = Root + "/{id:guid}";

    public static string People() => Root;

    public static string Person(Guid personId) => $"{Root}/{personId}";
}
