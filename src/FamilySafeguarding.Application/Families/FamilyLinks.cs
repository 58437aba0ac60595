namespace FamilySafeguarding.Application.Families;

/// <summary>The addresses of families and their overview, written once (routes, redirects and links use these).</summary>
public static class FamilyLinks
{
    public const string FamiliesRoot = "/families";

    public const string Root = FamiliesRoot + "/{familyId:guid}";

    public static string Family(Guid familyId) => $"{FamiliesRoot}/{familyId}";
}
