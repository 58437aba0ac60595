using System.Globalization;
using System.Xml.Linq;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Web.Features.FamilyMembers;

namespace FamilySafeguarding.UnitTests.Web.FamilyMembers;

/// <summary>The genogram as an SVG document: standard symbols, generations, household box and a text alternative.</summary>
public sealed class GenogramRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A typical family: mother and father separated, mother's new partner at home, their children at home,
    // a baby on the way with the new partner, and the maternal grandmother living elsewhere.
    private static readonly GenogramPerson Grandmother = Person("Margaret O'Brien", Gender.Female, detail: "Age 62");
    private static readonly GenogramPerson Mother = Person("Sarah Smith", Gender.Female, home: true);
    private static readonly GenogramPerson Father = Person("Mark Smith", Gender.Male);
    private static readonly GenogramPerson Partner = Person("Dean Jones", Gender.Male, home: true);
    private static readonly GenogramPerson Jake = Person("Jake Smith", Gender.Male, child: true, home: true);
    private static readonly GenogramPerson Lily = Person("Lily Smith", Gender.Female, child: true, home: true);
    private static readonly GenogramPerson Baby = Person("Unborn baby", Gender.NotKnown, child: true, home: true, unborn: true, detail: "Due 3 Mar 2027");

    private static readonly GenogramPerson[] Family = [Jake, Lily, Baby, Mother, Father, Partner, Grandmother];

    private static readonly GenogramLink[] FamilyLinks =
    [
        Link(Mother, RelationshipKind.ParentOf, Jake, pr: true),
        Link(Mother, RelationshipKind.ParentOf, Lily, pr: true),
        Link(Father, RelationshipKind.ParentOf, Jake, pr: true),
        Link(Father, RelationshipKind.ParentOf, Lily),
        Link(Mother, RelationshipKind.ParentOf, Baby),
        Link(Partner, RelationshipKind.ParentOf, Baby),
        Link(Mother, RelationshipKind.ExPartnerOf, Father),
        Link(Mother, RelationshipKind.PartnerOf, Partner),
        Link(Grandmother, RelationshipKind.ParentOf, Mother),
        Link(Jake, RelationshipKind.SiblingOf, Lily),
    ];

    [Fact]
    public void Draw_NoPeople_SaysNoFamilyMembersRecorded()
    {
        var drawing = GenogramRenderer.Draw([], []);

        var svg = Parse(drawing);
        Assert.Contains("No family members recorded", svg.Descendants(Svg + "text").Single().Value, StringComparison.Ordinal);
        Assert.Empty(Symbols(svg));
        Assert.Equal(["No family members recorded."], drawing.Description);
    }

    [Fact]
    public void Draw_SvgRoot_IsAnAccessibleImageThatScalesToItsContainer()
    {
        var svg = Parse(GenogramRenderer.Draw(Family, FamilyLinks));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.NotNull(svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
        Assert.Null(svg.Attribute("height"));
        var title = svg.Elements(Svg + "title").Single();
        Assert.Equal("Genogram of the family", title.Value);
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal((string?)svg.Element(Svg + "desc")!.Attribute("id"), (string?)svg.Attribute("aria-describedby"));
    }

    [Fact]
    public void Draw_EachPerson_HasOneSymbolOfTheStandardShape()
    {
        var other = Person("Sam Taylor", Gender.Other);
        var notKnown = Person("Alex Reid", Gender.NotKnown);
        var unbornBoy = Person("Baby Reid", Gender.Male, child: true, unborn: true);

        var svg = Parse(GenogramRenderer.Draw([Mother, Father, other, notKnown, unbornBoy], []));

        Assert.Equal(5, Symbols(svg).Count());
        Assert.Equal("circle", Symbol(svg, Mother).Name.LocalName);
        Assert.Equal("rect", Symbol(svg, Father).Name.LocalName);
        Assert.Equal(4, PolygonCorners(Symbol(svg, other)));
        Assert.Equal(4, PolygonCorners(Symbol(svg, notKnown)));
        Assert.Equal(3, PolygonCorners(Symbol(svg, unbornBoy)));
    }

    [Fact]
    public void Draw_NamesWithMarkup_AreEscapedAndReadBackIntact()
    {
        var tom = Person("Tom & Jerry <Smith>", Gender.Male, detail: "b. <2019> & \"co\"");
        var siobhan = Person("Siobhán O'Brien \"Sam\"", Gender.Female);

        var drawing = GenogramRenderer.Draw([tom, siobhan], [Link(tom, RelationshipKind.PartnerOf, siobhan)]);

        var svg = Parse(drawing);
        Assert.Equal(["Tom & Jerry <Smith>", "b. <2019> & \"co\""], LabelLines(svg, tom));
        Assert.Equal(["Siobhán O'Brien \"Sam\""], LabelLines(svg, siobhan));
        Assert.Contains("Tom & Jerry <Smith> and Siobhán O'Brien \"Sam\" are partners.", drawing.Description);
    }

    [Fact]
    public void Draw_ControlCharactersInNames_StillGiveValidXml()
    {
        var person = Person("Amy\u0001\nJones\uFFFF", Gender.Female);

        var svg = Parse(GenogramRenderer.Draw([person], []));

        Assert.Equal(["Amy Jones"], LabelLines(svg, person));
    }

    [Fact]
    public void Draw_Generations_ParentsAreDrawnAboveTheirChildren()
    {
        var svg = Parse(GenogramRenderer.Draw(Family, FamilyLinks));

        Assert.True(Centre(svg, Grandmother).Y < Centre(svg, Mother).Y);
        Assert.True(Centre(svg, Mother).Y < Centre(svg, Jake).Y);
        Assert.True(Centre(svg, Partner).Y < Centre(svg, Baby).Y);
        SameRow(svg, Jake, Lily, Baby);
    }

    [Fact]
    public void Draw_Partners_AreOnTheSameRowAsEachOther()
    {
        var svg = Parse(GenogramRenderer.Draw(Family, FamilyLinks));

        // The father's and the partner's parents are not recorded: they still sit with the mother, not the grandmother.
        SameRow(svg, Mother, Father, Partner);
    }

    [Fact]
    public void Draw_AdultWithOnlyAPartner_SitsBesideThemInTheParentsRow()
    {
        var boyfriend = Person("Liam Ward", Gender.Male);

        var svg = Parse(GenogramRenderer.Draw([Grandmother, Mother, Jake, boyfriend], [
            Link(Grandmother, RelationshipKind.ParentOf, Mother),
            Link(Mother, RelationshipKind.ParentOf, Jake),
            Link(boyfriend, RelationshipKind.PartnerOf, Mother),
        ]));

        SameRow(svg, Mother, boyfriend);
        Assert.InRange(Math.Abs(Centre(svg, Mother).X - Centre(svg, boyfriend).X), 100, 250);
    }

    [Fact]
    public void Draw_ChildWithNoParentsRecorded_IsInTheChildrensRow()
    {
        var cousin = Person("Tyler Smith", Gender.Male, child: true);

        var svg = Parse(GenogramRenderer.Draw([cousin, Grandmother, Mother, Jake], [
            Link(Grandmother, RelationshipKind.ParentOf, Mother),
            Link(Mother, RelationshipKind.ParentOf, Jake),
        ]));

        SameRow(svg, Jake, cousin);
    }

    [Fact]
    public void Draw_HouseholdBox_HoldsExactlyTheHouseholdMembers()
    {
        var svg = Parse(GenogramRenderer.Draw(Family, FamilyLinks));

        AssertHouseholdBoxHoldsExactly(svg, Family);
    }

    [Fact]
    public void Draw_ChildrenLivingWithAGrandparent_BoxLeavesTheirParentsOutside()
    {
        var grandmother = Grandmother with { LivesInHousehold = true };
        var mother = Mother with { LivesInHousehold = false };
        var jake = Jake with { LivesInHousehold = true };
        var lily = Lily with { LivesInHousehold = true };
        var uncle = Person("Ryan O'Brien", Gender.Male, home: true);
        GenogramPerson[] people = [grandmother, mother, Father, uncle, jake, lily];

        var svg = Parse(GenogramRenderer.Draw(people, [
            Link(grandmother, RelationshipKind.ParentOf, mother),
            Link(grandmother, RelationshipKind.ParentOf, uncle),
            Link(mother, RelationshipKind.ParentOf, jake),
            Link(Father, RelationshipKind.ParentOf, jake),
            Link(mother, RelationshipKind.ParentOf, lily),
            Link(Father, RelationshipKind.ParentOf, lily),
            Link(mother, RelationshipKind.PartnerOf, Father),
        ]));

        AssertHouseholdBoxHoldsExactly(svg, people);
    }

    [Fact]
    public void Draw_NobodyInTheHousehold_DrawsNoHouseholdBox()
    {
        var svg = Parse(GenogramRenderer.Draw([Grandmother, Father], []));

        Assert.DoesNotContain(svg.Descendants(Svg + "rect"), r => r.Attribute("data-household") is not null);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(12)]
    public void Draw_ParentCycle_StillFinishes(int size)
    {
        var people = Enumerable.Range(1, size).Select(i => Person($"Person {i}", Gender.NotKnown)).ToArray();
        var links = people.Select((p, i) => Link(p, RelationshipKind.ParentOf, people[(i + 1) % size]))
            .Append(new GenogramLink(people[0].Id, people[0].Id, RelationshipKind.ParentOf, false))
            .ToArray();

        var svg = Parse(GenogramRenderer.Draw(people, links));

        Assert.Equal(size, Symbols(svg).Count());
    }

    [Fact]
    public void Draw_Description_NamesAnotherRelationship_AsItWasRecorded()
    {
        var stepFather = Person("Liam Hart", Gender.Male);
        GenogramPerson[] people = [.. Family, stepFather];
        GenogramLink[] links = [.. FamilyLinks, new(stepFather.Id, Jake.Id, RelationshipKind.Other, false, " Step-father of ")];

        var description = GenogramRenderer.Draw(people, links).Description;

        Assert.Contains("Liam Hart is step-father of Jake Smith.", description);
        Assert.DoesNotContain(description, d => d.Contains("another relationship", StringComparison.Ordinal));
    }

    [Fact]
    public void Draw_Description_HasASentenceForEachKindOfRelationship()
    {
        var friend = Person("Jo Bright", Gender.Other);
        var aunt = Person("Kelly Smith", Gender.Female);
        var loner = Person("Pat Reid", Gender.Male);
        GenogramPerson[] people = [.. Family, friend, aunt, loner];
        GenogramLink[] links =
        [
            .. FamilyLinks,
            Link(friend, RelationshipKind.ParentOf, Lily),
            Link(friend, RelationshipKind.Other, Mother),
            Link(aunt, RelationshipKind.Other, Jake, pr: true),
        ];

        var description = GenogramRenderer.Draw(people, links).Description;

        Assert.Equal(
            [
                "Sarah Smith is the mother of Jake Smith and has parental responsibility.",
                "Sarah Smith is the mother of Lily Smith and has parental responsibility.",
                "Mark Smith is the father of Jake Smith and has parental responsibility.",
                "Mark Smith is the father of Lily Smith.",
                "Sarah Smith is the mother of Unborn baby.",
                "Dean Jones is the father of Unborn baby.",
                "Sarah Smith and Mark Smith are ex-partners.",
                "Sarah Smith and Dean Jones are partners.",
                "Margaret O'Brien is the mother of Sarah Smith.",
                "Jake Smith and Lily Smith are siblings.",
                "Jo Bright is the parent of Lily Smith.",
                "Jo Bright has another relationship to Sarah Smith.",
                "Kelly Smith has another relationship to Jake Smith.",
                "Kelly Smith has parental responsibility for Jake Smith.",
                "Pat Reid has no relationships recorded.",
                "Living in the household: Sarah Smith, Dean Jones, Jake Smith, Lily Smith, Unborn baby.",
                "An unborn baby is expected (Due 3 Mar 2027).",
            ],
            description);
    }

    [Fact]
    public void Draw_RepeatedAndDanglingLinks_AreDrawnAndDescribedOnce()
    {
        var drawing = GenogramRenderer.Draw([Mother, Partner], [
            Link(Mother, RelationshipKind.PartnerOf, Partner),
            Link(Partner, RelationshipKind.PartnerOf, Mother),
            new GenogramLink(Mother.Id, Guid.NewGuid(), RelationshipKind.ParentOf, true),
        ]);

        Assert.Equal(["Sarah Smith and Dean Jones are partners.", "Living in the household: Sarah Smith, Dean Jones."], drawing.Description);
        Assert.Single(Links(Parse(drawing), "partner"));
    }

    [Fact]
    public void Draw_Lines_FollowTheGenogramConventions()
    {
        var friend = Person("Jo Bright", Gender.Other);
        var svg = Parse(GenogramRenderer.Draw([.. Family, friend], [.. FamilyLinks, Link(friend, RelationshipKind.Other, Mother)]));

        Assert.Single(Links(svg, "partner").Single().Elements(Svg + "line"));
        Assert.Equal(3, Links(svg, "ex-partner").Single().Elements(Svg + "line").Count());
        Assert.NotNull(Links(svg, "other").Single().Attribute("stroke-dasharray"));
        Assert.All(Links(svg, "partner", "ex-partner", "parent"), l => Assert.Null(l.Attribute("stroke-dasharray")));

        // Grandmother to mother, mother and partner to the baby, mother and father to Jake and Lily.
        Assert.Equal(3, Links(svg, "parent").Count());

        // Jake and Lily share their parents' sibship line: no second line between them.
        Assert.Empty(Links(svg, "sibling"));
    }

    [Fact]
    public void Draw_SiblingsWithNoParentsRecorded_HaveASibshipLineOverThem()
    {
        var svg = Parse(GenogramRenderer.Draw([Jake, Lily], [Link(Jake, RelationshipKind.SiblingOf, Lily)]));

        var line = Links(svg, "sibling").Single();
        var points = line.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.True(points[1] < Centre(svg, Jake).Y - 20 && points[2] < Centre(svg, Lily).Y - 20);
    }

    [Fact]
    public void Draw_ParentalResponsibility_IsMarkedBesideEachHolder()
    {
        var svg = Parse(GenogramRenderer.Draw(Family, FamilyLinks));

        var marks = svg.Descendants(Svg + "text").Where(t => t.Attribute("data-pr") is not null).ToList();
        Assert.All(marks, m => Assert.Equal("PR", m.Value));
        Assert.Equal(
            new[] { Mother.Id, Father.Id }.Select(id => id.ToString()).Order(),
            marks.Select(m => m.Attribute("data-pr")!.Value).Order());
        var mothersMark = marks.Single(m => m.Attribute("data-pr")!.Value == Mother.Id.ToString());
        Assert.InRange(Number(mothersMark, "x") - Centre(svg, Mother).X, 0, 40);
    }

    [Fact]
    public void Draw_Output_HasNoInlineStyles()
    {
        var drawing = GenogramRenderer.Draw(Family, FamilyLinks);

        var svg = Parse(drawing);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName == "style" || e.Attribute("style") is not null);
        Assert.DoesNotContain("style", drawing.Svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Draw_SameInputTwice_GivesTheSameDrawing()
    {
        var first = GenogramRenderer.Draw(Family, FamilyLinks);
        var second = GenogramRenderer.Draw([.. Family], [.. FamilyLinks]);

        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Description, second.Description);
    }

    [Fact]
    public void Draw_IdPrefix_StartsEveryId()
    {
        var first = Parse(GenogramRenderer.Draw(Family, FamilyLinks, "family-1"));
        var second = Parse(GenogramRenderer.Draw(Family, FamilyLinks, "1 <bad> id"));

        var firstIds = Ids(first);
        Assert.All(firstIds, id => Assert.StartsWith("family-1-", id, StringComparison.Ordinal));
        Assert.Equal(firstIds.Count, firstIds.Distinct().Count());
        Assert.All(Ids(second), id => Assert.Matches("^[A-Za-z][A-Za-z0-9_-]*$", id));
        Assert.Empty(firstIds.Intersect(Ids(second)));
    }

    private static GenogramPerson Person(string name, Gender gender, bool child = false, bool home = false, bool unborn = false, string? detail = null) =>
        new(Guid.NewGuid(), name, detail, gender, unborn, child, home);

    private static GenogramLink Link(GenogramPerson from, RelationshipKind kind, GenogramPerson to, bool pr = false) =>
        new(from.Id, to.Id, kind, pr);

    private static XElement Parse(GenogramDrawing drawing) => XDocument.Parse(drawing.Svg).Root!;

    private static IEnumerable<XElement> Symbols(XElement svg) =>
        svg.Descendants().Where(e => e.Attribute("data-person") is not null);

    private static XElement Symbol(XElement svg, GenogramPerson person) =>
        Symbols(svg).Single(e => e.Attribute("data-person")!.Value == person.Id.ToString());

    private static List<string> LabelLines(XElement svg, GenogramPerson person) =>
        [.. svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("data-label") == person.Id.ToString()).Elements(Svg + "tspan").Select(t => t.Value)];

    private static IEnumerable<XElement> Links(XElement svg, params string[] kinds) =>
        svg.Descendants().Where(e => kinds.Contains((string?)e.Attribute("data-link")));

    private static List<string> Ids(XElement svg) =>
        [.. svg.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>()];

    private static int PolygonCorners(XElement symbol)
    {
        Assert.Equal("polygon", symbol.Name.LocalName);
        return symbol.Attribute("points")!.Value.Split(' ').Length;
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The middle of a person's symbol, whatever its shape.</summary>
    private static (double X, double Y) Centre(XElement svg, GenogramPerson person)
    {
        var symbol = Symbol(svg, person);
        switch (symbol.Name.LocalName)
        {
            case "circle":
                return (Number(symbol, "cx"), Number(symbol, "cy"));
            case "rect":
                return (Number(symbol, "x") + (Number(symbol, "width") / 2), Number(symbol, "y") + (Number(symbol, "height") / 2));
            default:
                var points = symbol.Attribute("points")!.Value.Split(' ')
                    .Select(p => p.Split(',').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray())
                    .ToList();
                return ((points.Min(p => p[0]) + points.Max(p => p[0])) / 2, (points.Min(p => p[1]) + points.Max(p => p[1])) / 2);
        }
    }

    private static void SameRow(XElement svg, params GenogramPerson[] people)
    {
        var y = Centre(svg, people[0]).Y;
        Assert.All(people, p => Assert.Equal(y, Centre(svg, p).Y, 5.0));
    }

    private static void AssertHouseholdBoxHoldsExactly(XElement svg, IEnumerable<GenogramPerson> people)
    {
        var box = svg.Descendants(Svg + "rect").Single(r => r.Attribute("data-household") is not null);
        var (left, top) = (Number(box, "x"), Number(box, "y"));
        var (right, bottom) = (left + Number(box, "width"), top + Number(box, "height"));
        Assert.All(people, person =>
        {
            var (x, y) = Centre(svg, person);
            Assert.True(
                person.LivesInHousehold == (x > left && x < right && y > top && y < bottom),
                $"{person.Label} is {(person.LivesInHousehold ? "outside" : "inside")} the household box.");
        });
    }
}
