using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using FamilySafeguarding.Domain.Families;

using FamilySafeguarding.Application.FamilyMembers;

namespace FamilySafeguarding.Web.Features.FamilyMembers;

/// <summary>The drawing (an inline SVG document) and its text alternative, one sentence per person or link.</summary>
public sealed record GenogramDrawing(string Svg, IReadOnlyList<string> Description);

/// <summary>
/// Draws a family as a genogram (an inline SVG document) with a plain-English text alternative.
/// Pure: the same people and links always give the same drawing.
/// </summary>
/// <remarks>
/// Standard symbols: squares for males, circles for females, diamonds for other or unknown gender and a small
/// triangle for an unborn baby. Partners are joined by a line (two slashes across it for ex-partners), children
/// hang from their parents' line, other relationships are dashed, "PR" marks a person with parental
/// responsibility, and a dashed box encloses the household. Presentation attributes only, never inline styles,
/// so that the page's Content-Security-Policy allows it.
/// </remarks>
public static class GenogramRenderer
{
    private const string Title = "Genogram of the family";
    private const string NobodyRecorded = "No family members recorded";
    private const string Black = "#0b0c0c";
    private const string DarkGrey = "#505a5f";
    private const string White = "#ffffff";
    private const string Font = "Arial, sans-serif";
    private const string Dashes = "6 4";

    private const double Margin = 12;
    private const double Top = 72;
    private const double RowHeight = 180;
    private const double Half = 20;
    private const double FontSize = 14;
    private const double LineHeight = 17;
    private const double CharWidth = 7.5;
    private const double TextPadding = 24;
    private const double NarrowestColumn = 130;
    private const double WidestColumn = 210;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Draws the family's genogram.</summary>
    public static GenogramDrawing Draw(Genogram genogram, string idPrefix = "genogram")
    {
        ArgumentNullException.ThrowIfNull(genogram);
        return Draw(genogram.People, genogram.Links, idPrefix);
    }

    /// <summary>Draws the genogram.</summary>
    /// <param name="idPrefix">Starts every id in the SVG, so that two drawings on one page do not clash.</param>
    public static GenogramDrawing Draw(IReadOnlyList<GenogramPerson> people, IReadOnlyList<GenogramLink> links, string idPrefix = "genogram")
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(links);

        var prefix = SafeId(idPrefix);
        var layout = GenogramLayout.Create(people, links, Clean, ColumnWidth(people));
        if (layout.Members.Count == 0)
        {
            return new GenogramDrawing(Document(prefix, 400, 64, NobodyRecorded + ".", Text(200, 38, NobodyRecorded)), [NobodyRecorded + "."]);
        }

        var left = layout.Members.Min(m => m.X) - (layout.Spacing / 2) - Margin;
        double X(GenogramMember m) => m.X - left;

        var width = layout.Members.Max(X) + (layout.Spacing / 2) + Margin;
        var height = Y(layout.RowCount - 1) + 110;
        var drawing = Document(
            prefix,
            width,
            height,
            "The people and relationships in this diagram are also listed in words on this page.",
            Household(layout, X),
            new XElement(Svg + "g", new XAttribute("fill", "none"), new XAttribute("stroke", Black), new XAttribute("stroke-width", 2), Lines(layout, X)),
            new XElement(Svg + "g", new XAttribute("fill", White), new XAttribute("stroke", Black), new XAttribute("stroke-width", 2), layout.Members.Select(m => Symbol(m, X(m)))),
            new XElement(
                Svg + "g",
                new XAttribute("fill", Black),
                new XAttribute("font-family", Font),
                new XAttribute("font-size", FontSize),
                new XAttribute("text-anchor", "middle"),
                layout.Members.Select(m => Label(m, X(m), layout.Spacing)),
                ResponsibilityMarks(layout, X)));

        return new GenogramDrawing(drawing, Describe(layout));
    }

    private static double Y(int row) => Top + (row * RowHeight);

    private static double Y(GenogramMember member) => Y(member.Row);

    private static string Document(string prefix, double width, double height, string description, params object?[] content) =>
        new XElement(
            Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", prefix + "-title"),
            new XAttribute("aria-describedby", prefix + "-desc"),
            new XAttribute("class", "app-genogram"),
            new XElement(Svg + "title", new XAttribute("id", prefix + "-title"), Title),
            new XElement(Svg + "desc", new XAttribute("id", prefix + "-desc"), description),
            content).ToString(SaveOptions.DisableFormatting);

    /// <summary>The dashed box round everyone who lives in the household, labelled in its bottom left corner.</summary>
    private static XElement? Household(GenogramLayout layout, Func<GenogramMember, double> x)
    {
        if (layout.HouseholdRows is not { } rows)
        {
            return null;
        }

        var household = layout.Members.Where(m => m.InHousehold).ToList();
        var left = household.Min(x) - (layout.Spacing / 2) + 4;
        var right = household.Max(x) + (layout.Spacing / 2) - 4;
        var top = Y(rows.First) - Half - 8;
        var bottom = Y(rows.Last) + 100;
        return new XElement(
            Svg + "g",
            new XElement(
                Svg + "rect",
                new XAttribute("data-household", "true"),
                Attributes(("x", left), ("y", top), ("width", right - left), ("height", bottom - top), ("rx", 12)),
                new XAttribute("fill", "none"),
                new XAttribute("stroke", DarkGrey),
                new XAttribute("stroke-width", 2),
                new XAttribute("stroke-dasharray", "8 5")),
            new XElement(
                Svg + "text",
                Attributes(("x", left + 10), ("y", bottom - 8)),
                new XAttribute("fill", DarkGrey),
                new XAttribute("font-family", Font),
                new XAttribute("font-size", FontSize),
                "Household"));
    }

    private static IEnumerable<XElement> Lines(GenogramLayout layout, Func<GenogramMember, double> x)
    {
        foreach (var relation in layout.Relations)
        {
            var (a, b) = (relation.From, relation.To);
            switch (relation.Kind)
            {
                case RelationshipKind.PartnerOf or RelationshipKind.ExPartnerOf:
                    yield return Couple(relation, x, ShareChildren(a, b));
                    break;
                case RelationshipKind.ParentOf when b.Row != a.Row + 1:
                    // Only nonsense (such as a parent recorded as their own grandchild) puts them anywhere else.
                    yield return Line("parent", x(a), Y(a), x(b), Y(b));
                    break;
                case RelationshipKind.SiblingOf when !a.Parents.Intersect(b.Parents).Any():
                    yield return a.Row == b.Row
                        ? Polyline("sibling", (x(a), Y(a)), (x(a), Y(a) - Half - 20), (x(b), Y(b) - Half - 20), (x(b), Y(b)))
                        : Line("sibling", x(a), Y(a), x(b), Y(b));
                    break;
                case RelationshipKind.Other:
                    yield return Other(layout, a, b, x);
                    break;
                default:
                    break;
            }
        }

        for (var row = 1; row < layout.RowCount; row++)
        {
            foreach (var line in Descent(layout, row, x))
            {
                yield return line;
            }
        }
    }

    private static bool ShareChildren(GenogramMember a, GenogramMember b) => a.Children.Intersect(b.Children).Any();

    /// <summary>A line between partners; two slashes across it for ex-partners (to one side if their children hang from the middle).</summary>
    private static XElement Couple(GenogramRelation relation, Func<GenogramMember, double> x, bool haveChildren)
    {
        var (a, b) = (relation.From, relation.To);
        var ex = relation.Kind == RelationshipKind.ExPartnerOf;
        var group = new XElement(Svg + "g", new XAttribute("data-link", ex ? "ex-partner" : "partner"), Line(null, x(a), Y(a), x(b), Y(b)));
        if (ex)
        {
            var (midX, midY) = ((x(a) + x(b)) / 2, (Y(a) + Y(b)) / 2);
            var slashX = midX - (haveChildren ? 16 : 0);
            group.Add(Line(null, slashX - 8, midY + 8, slashX, midY - 8), Line(null, slashX, midY + 8, slashX + 8, midY - 8));
        }

        return group;
    }

    /// <summary>A dashed line for any other relationship, arching over the row if someone sits between them.</summary>
    private static XElement Other(GenogramLayout layout, GenogramMember a, GenogramMember b, Func<GenogramMember, double> x)
    {
        XElement line;
        if (a.Row != b.Row || layout.AreNeighbours(a, b))
        {
            var lift = a.Row == b.Row ? 6 : 0;
            line = Line("other", x(a), Y(a) - lift, x(b), Y(b) - lift);
        }
        else
        {
            var y = Y(a);
            line = new XElement(
                Svg + "path",
                new XAttribute("data-link", "other"),
                new XAttribute("d", $"M {Number(x(a))} {Number(y)} Q {Number((x(a) + x(b)) / 2)} {Number(y - 68)} {Number(x(b))} {Number(y)}"));
        }

        line.Add(new XAttribute("stroke-dasharray", Dashes));
        return line;
    }

    /// <summary>
    /// Children hang from their parents: a line down from the middle of the parents' line (or from a single
    /// parent) to a sibship line over the brothers and sisters, then a line down to each of them. Sibships whose
    /// lines would overlap are drawn at slightly different heights.
    /// </summary>
    private static IEnumerable<XElement> Descent(GenogramLayout layout, int row, Func<GenogramMember, double> x)
    {
        var taken = new List<List<(double From, double To)>> { new(), new(), new() };
        var sibships = layout.Row(row)
            .Where(c => c.ParentsAbove().Count > 0)
            .GroupBy(c => string.Join(',', c.ParentsAbove().Select(p => p.Index)));
        foreach (var sibship in sibships)
        {
            var children = sibship.ToList();
            var parents = children[0].ParentsAbove();
            var couple = parents.Count == 2 && parents[0].Partners.Contains(parents[1]);
            List<(double X, double Y)> drops = couple ? [(parents.Average(x), Y(parents[0]))] : [.. parents.Select(p => (x(p), Y(p)))];

            var from = drops.Select(d => d.X).Concat(children.Select(x)).Min();
            var to = drops.Select(d => d.X).Concat(children.Select(x)).Max();
            var level = taken.FindIndex(spans => !spans.Any(s => s.From <= to + 4 && from <= s.To + 4));
            level = level < 0 ? taken.Count - 1 : level;
            taken[level].Add((from, to));
            var sibshipY = Y(row) - Half - 44 + (8 * level);

            var group = new XElement(Svg + "g", new XAttribute("data-link", "parent"));
            group.Add(drops.Select(d => Line(null, d.X, d.Y, d.X, sibshipY)));
            if (to > from)
            {
                group.Add(Line(null, from, sibshipY, to, sibshipY));
            }

            group.Add(children.Select(c => Line(null, x(c), sibshipY, x(c), Y(c))));
            yield return group;
        }
    }

    /// <summary>
    /// The person's symbol, centred on their position: square (male), circle (female), diamond (other or not
    /// known) or, for an unborn baby whatever the gender, a small triangle.
    /// </summary>
    private static XElement Symbol(GenogramMember member, double x)
    {
        var y = Y(member);
        var symbol = member.Person switch
        {
            { IsUnborn: true } => Polygon((x, y - 14), (x + 13, y + 10), (x - 13, y + 10)),
            { Gender: Gender.Male } => new XElement(Svg + "rect", Attributes(("x", x - Half), ("y", y - Half), ("width", 2 * Half), ("height", 2 * Half))),
            { Gender: Gender.Female } => new XElement(Svg + "circle", Attributes(("cx", x), ("cy", y), ("r", Half))),
            _ => Polygon((x, y - Half - 2), (x + Half + 2, y), (x, y + Half + 2), (x - Half - 2, y)),
        };
        symbol.Add(new XAttribute("data-person", member.Person.Id.ToString("D")));
        return symbol;
    }

    /// <summary>The name under the symbol (on two lines if long), then the detail. A white outline keeps it readable over lines.</summary>
    private static XElement Label(GenogramMember member, double x, double spacing)
    {
        var lines = Wrap(member.Label, (int)((spacing - TextPadding) / CharWidth));
        var text = new XElement(
            Svg + "text",
            new XAttribute("data-label", member.Person.Id.ToString("D")),
            new XAttribute("stroke", White),
            new XAttribute("stroke-width", 4),
            new XAttribute("stroke-linejoin", "round"),
            new XAttribute("paint-order", "stroke"));
        var y = Y(member) + Half + 18;
        foreach (var line in lines)
        {
            text.Add(new XElement(Svg + "tspan", Attributes(("x", x), ("y", y)), line));
            y += LineHeight;
        }

        if (member.Detail is not null)
        {
            text.Add(new XElement(Svg + "tspan", Attributes(("x", x), ("y", y)), new XAttribute("fill", DarkGrey), member.Detail));
        }

        return text;
    }

    /// <summary>A small "PR" beside the symbol of each person with parental responsibility for someone.</summary>
    private static IEnumerable<XElement> ResponsibilityMarks(GenogramLayout layout, Func<GenogramMember, double> x) =>
        layout.Relations
            .Where(r => r.ParentalResponsibility)
            .Select(r => r.From)
            .Distinct()
            .OrderBy(m => m.Row)
            .ThenBy(m => m.Index)
            .Select(m => new XElement(
                Svg + "text",
                new XAttribute("data-pr", m.Person.Id.ToString("D")),
                Attributes(("x", x(m) + Half + 5), ("y", Y(m) + Half)),
                new XAttribute("font-size", 11),
                new XAttribute("font-weight", "bold"),
                new XAttribute("text-anchor", "start"),
                "PR"));

    /// <summary>One plain-English sentence per relationship, then anyone on their own, the household and any unborn baby.</summary>
    private static List<string> Describe(GenogramLayout layout)
    {
        var sentences = new List<string>();
        foreach (var (from, to, kind, responsibility, description) in layout.Relations)
        {
            sentences.Add(kind switch
            {
                RelationshipKind.ParentOf => $"{from.Label} is the {ParentWord(from.Person.Gender)} of {to.Label}"
                    + (responsibility ? " and has parental responsibility." : "."),
                RelationshipKind.PartnerOf => $"{from.Label} and {to.Label} are partners.",
                RelationshipKind.ExPartnerOf => $"{from.Label} and {to.Label} are ex-partners.",
                RelationshipKind.SiblingOf => $"{from.Label} and {to.Label} are siblings.",
                // Another relationship says what it is when the recorder named it ("Step-father of": "Liam is step-father of Mason.").
                _ when !string.IsNullOrWhiteSpace(description) => $"{from.Label} is {char.ToLowerInvariant(description.Trim()[0])}{description.Trim()[1..]} {to.Label}.",
                _ => $"{from.Label} has another relationship to {to.Label}.",
            });
            if (responsibility && kind != RelationshipKind.ParentOf)
            {
                sentences.Add($"{from.Label} has parental responsibility for {to.Label}.");
            }
        }

        var related = layout.Relations.SelectMany(r => new[] { r.From, r.To }).ToHashSet();
        sentences.AddRange(layout.Members.Where(m => !related.Contains(m)).Select(m => $"{m.Label} has no relationships recorded."));

        var household = layout.Members.Where(m => m.InHousehold).Select(m => m.Label).ToList();
        if (household.Count > 0)
        {
            sentences.Add($"Living in the household: {string.Join(", ", household)}.");
        }

        sentences.AddRange(layout.Members
            .Where(m => m.Person.IsUnborn)
            .Select(m => m.Detail is null ? "An unborn baby is expected." : $"An unborn baby is expected ({m.Detail})."));
        return sentences;
    }

    private static string ParentWord(Gender gender) => gender switch
    {
        Gender.Female => "mother",
        Gender.Male => "father",
        _ => "parent",
    };

    /// <summary>Wide enough for the longest label or detail, within limits; longer names wrap onto a second line.</summary>
    private static double ColumnWidth(IReadOnlyList<GenogramPerson> people)
    {
        var longest = people
            .Where(p => p is not null)
            .SelectMany(p => new[] { Clean(p.Label), Clean(p.Detail) })
            .Select(text => text?.Length ?? 0)
            .DefaultIfEmpty()
            .Max();
        return Math.Clamp((longest * CharWidth) + TextPadding, NarrowestColumn, WidestColumn);
    }

    /// <summary>At most two lines: breaks at the last space that lets the first line fit.</summary>
    private static List<string> Wrap(string text, int fits)
    {
        if (text.Length <= fits)
        {
            return [text];
        }

        var space = text.LastIndexOf(' ', Math.Min(fits, text.Length - 1));
        if (space <= 0)
        {
            space = text.IndexOf(' ', StringComparison.Ordinal);
        }

        return space <= 0 ? [text] : [text[..space], text[(space + 1)..]];
    }

    /// <summary>Text fit for XML and a single line: characters XML cannot hold and line breaks become spaces, runs of spaces one.</summary>
    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(!XmlConvert.IsXmlChar(text[i]) || char.IsWhiteSpace(text[i]) || char.IsControl(text[i]) ? ' ' : text[i]);
            }
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length > 0 ? cleaned : null;
    }

    /// <summary>Letters, digits, hyphens and underscores only, starting with a letter.</summary>
    private static string SafeId(string? prefix)
    {
        var safe = new string((prefix ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return safe.Length > 0 && char.IsAsciiLetter(safe[0]) ? safe : "genogram" + safe;
    }

    private static XElement Text(double x, double y, string text) =>
        new(
            Svg + "text",
            Attributes(("x", x), ("y", y)),
            new XAttribute("fill", Black),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", FontSize),
            new XAttribute("text-anchor", "middle"),
            text);

    private static XElement Line(string? kind, double x1, double y1, double x2, double y2)
    {
        var line = new XElement(Svg + "line", Attributes(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)));
        if (kind is not null)
        {
            line.Add(new XAttribute("data-link", kind));
        }

        return line;
    }

    private static XElement Polyline(string kind, params (double X, double Y)[] points) =>
        new(Svg + "polyline", new XAttribute("data-link", kind), new XAttribute("points", Points(points)));

    private static XElement Polygon(params (double X, double Y)[] points) =>
        new(Svg + "polygon", new XAttribute("points", Points(points)));

    private static string Points((double X, double Y)[] points) =>
        string.Join(' ', points.Select(p => $"{Number(p.X)},{Number(p.Y)}"));

    private static IEnumerable<XAttribute> Attributes(params (string Name, double Value)[] attributes) =>
        attributes.Select(a => new XAttribute(a.Name, Number(a.Value)));

    /// <summary>At most one decimal place, always with a full stop, never "-0".</summary>
    private static string Number(double value) =>
        (Math.Round(value, 1) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);
}
