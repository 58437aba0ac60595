using FamilySafeguarding.Application.Families;

namespace FamilySafeguarding.Web.Features.Shared;

/// <summary>
/// Puts the family's name in the browser title of every page of its record. The family header (rendered with the page's
/// body, before the layout) notes the family on the request; the layout adds its name to the title unless the page's own
/// title already has it. A worker with several tabs open can then tell which family each one is.
/// </summary>
public static class FamilyPageTitle
{
    private static readonly object Key = new();

    public static void Note(HttpContext context, FamilyHeader header) => context.Items[Key] = header.DisplayName;

    public static string For(HttpContext context, string title) =>
        context.Items[Key] is string family && !title.Contains(family, StringComparison.Ordinal) ? $"{title} – {family}" : title;
}
