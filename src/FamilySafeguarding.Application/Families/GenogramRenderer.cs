namespace FamilySafeguarding.Application.Families;

/// <summary>Placeholder until the renderer lands: draws an empty picture.</summary>
public static class GenogramRenderer
{
    public static GenogramDrawing Draw(IReadOnlyList<GenogramPerson> people, IReadOnlyList<GenogramLink> links, string idPrefix = "genogram") =>
        new($"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{idPrefix}\" viewBox=\"0 0 10 10\" role=\"img\"><title>{people.Count} people, {links.Count} links</title></svg>", []);
}
