using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.FamilyMembers;

/// <summary>A person as the layout sees them: their links, their row (generation) and their position across it.</summary>
public sealed class GenogramMember(GenogramPerson person, int index, string label, string? detail)
{
    public GenogramPerson Person { get; } = person;

    /// <summary>The person's place in the input, which breaks every tie.</summary>
    public int Index { get; } = index;

    public string Label { get; } = label;
    public string? Detail { get; } = detail;
    public bool IsChild => Person.IsChild || Person.IsUnborn;
    public bool InHousehold => Person.LivesInHousehold;

    public int Row { get; set; } = -1;
    public double X { get; set; }
    public bool IsPlaced { get; set; }

    public List<GenogramMember> Parents { get; } = [];
    public List<GenogramMember> Children { get; } = [];

    /// <summary>Partners and ex-partners.</summary>
    public List<GenogramMember> Partners { get; } = [];
    public List<GenogramMember> Siblings { get; } = [];

    /// <summary>The parents drawn in the row just above, whose descent lines this person hangs from.</summary>
    public List<GenogramMember> ParentsAbove() => [.. Parents.Where(p => p.Row == Row - 1).OrderBy(p => p.Index)];
}

/// <summary>A link between two members who are both in the drawing.</summary>
public sealed record GenogramRelation(GenogramMember From, GenogramMember To, RelationshipKind Kind, bool ParentalResponsibility, string? Description = null);

/// <summary>
/// Where each person sits: one row per generation, parents above their children, partners side by side,
/// children under their parents and, in the rows the household spans, everyone outside it to the right.
/// </summary>
public sealed class GenogramLayout
{
    /// <summary>The least room between the household's members and anyone outside it in the same row.</summary>
    private const double HouseholdGap = 24;

    /// <summary>How much a person's previous position counts against the pull of their family.</summary>
    private const double StayWeight = 0.05;

    private readonly List<List<GenogramMember>> _rows = [];

    private GenogramLayout(List<GenogramMember> members, List<GenogramRelation> relations, double spacing)
    {
        Relations = relations;
        Spacing = spacing;
        AssignRows(members);
        Members = [.. members.OrderBy(m => m.Row).ThenBy(m => m.Index)];
        foreach (var generation in Members.GroupBy(m => m.Row))
        {
            _rows.Add([.. generation]);
        }

        var household = Members.Where(m => m.InHousehold).ToList();
        if (household.Count > 0)
        {
            HouseholdRows = (household.Min(m => m.Row), household.Max(m => m.Row));
        }

        PlaceEveryone();
    }

    /// <summary>Everyone, by generation and then in the order given.</summary>
    public IReadOnlyList<GenogramMember> Members { get; }

    /// <summary>The links between people in the drawing, in the order given, without repeats.</summary>
    public IReadOnlyList<GenogramRelation> Relations { get; }

    /// <summary>The distance between the centres of neighbours in a row.</summary>
    public double Spacing { get; }

    public int RowCount => _rows.Count;

    /// <summary>The first and last rows with a household member in them, if anyone lives in the household.</summary>
    public (int First, int Last)? HouseholdRows { get; }

    /// <summary>A row's members, left to right.</summary>
    public IReadOnlyList<GenogramMember> Row(int row) => _rows[row];

    /// <summary>Whether two people in the same row have nobody between them.</summary>
    public bool AreNeighbours(GenogramMember a, GenogramMember b) =>
        a.Row == b.Row && Math.Abs(_rows[a.Row].IndexOf(a) - _rows[b.Row].IndexOf(b)) == 1;

    public static GenogramLayout Create(IReadOnlyList<GenogramPerson> people, IReadOnlyList<GenogramLink> links, Func<string?, string?> clean, double spacing)
    {
        var members = new List<GenogramMember>();
        var byId = new Dictionary<Guid, GenogramMember>();
        foreach (var person in people)
        {
            if (person is null || byId.ContainsKey(person.Id))
            {
                continue;
            }

            var member = new GenogramMember(person, members.Count, clean(person.Label) ?? "Name not recorded", clean(person.Detail));
            members.Add(member);
            byId[person.Id] = member;
        }

        var relations = new List<GenogramRelation>();
        var seen = new HashSet<(int, int, RelationshipKind)>();
        foreach (var link in links.Where(l => l is not null && l.FromId != l.ToId))
        {
            if (!byId.TryGetValue(link.FromId, out var from) || !byId.TryGetValue(link.ToId, out var to))
            {
                continue;
            }

            var kind = Enum.IsDefined(link.Kind) ? link.Kind : RelationshipKind.Other;
            var eitherWay = kind is RelationshipKind.PartnerOf or RelationshipKind.ExPartnerOf or RelationshipKind.SiblingOf;
            if (!seen.Add(eitherWay && from.Index > to.Index ? (to.Index, from.Index, kind) : (from.Index, to.Index, kind)))
            {
                continue;
            }

            relations.Add(new GenogramRelation(from, to, kind, link.ParentalResponsibility, link.Description));
            switch (kind)
            {
                case RelationshipKind.ParentOf:
                    from.Children.Add(to);
                    to.Parents.Add(from);
                    break;
                case RelationshipKind.PartnerOf or RelationshipKind.ExPartnerOf when !from.Partners.Contains(to):
                    from.Partners.Add(to);
                    to.Partners.Add(from);
                    break;
                case RelationshipKind.SiblingOf:
                    from.Siblings.Add(to);
                    to.Siblings.Add(from);
                    break;
                default:
                    break;
            }
        }

        return new GenogramLayout(members, relations, spacing);
    }

    /// <summary>
    /// Gives everyone a generation. Each pass is bounded, and no row goes deeper than the number of
    /// people, so nonsense such as two people each recorded as the other's parent still finishes.
    /// </summary>
    private static void AssignRows(List<GenogramMember> members)
    {
        var deepest = Math.Max(members.Count - 1, 0);

        // 1. Each child at least one row below each of their parents, and a parent whose own parents are not
        //    recorded just above their children (so that a father sits beside the mother, not with the grandparents).
        //    Rows only ever go down, and never below the deepest, so this stops, even for nonsense such as two
        //    people each recorded as the other's parent.
        foreach (var member in members.Where(m => m.Parents.Count > 0 || m.Children.Count > 0))
        {
            member.Row = 0;
        }

        for (var pass = 0; pass <= members.Count * members.Count; pass++)
        {
            var changed = false;
            foreach (var child in members)
            {
                foreach (var parent in child.Parents)
                {
                    changed |= MoveDown(child, parent.Row + 1, deepest);
                }
            }

            foreach (var parent in members.Where(m => m.Parents.Count == 0 && m.Children.Count > 0))
            {
                changed |= MoveDown(parent, parent.Children.Max(c => c.Row) - 1, deepest);
            }

            if (!changed)
            {
                break;
            }
        }

        // 2. Anyone else: beside a partner or sibling who has a row.
        for (var pass = 0; pass <= members.Count; pass++)
        {
            var changed = false;
            foreach (var member in members.Where(m => m.Row < 0))
            {
                var mate = member.Partners.Concat(member.Siblings).FirstOrDefault(m => m.Row >= 0);
                if (mate is not null)
                {
                    member.Row = mate.Row;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        // 3. Then children in the children's (bottom) row and adults in the parents' row.
        var placed = members.Where(m => m.Row >= 0).ToList();
        var childrenRow = placed.Any(m => m.IsChild) ? placed.Where(m => m.IsChild).Max(m => m.Row)
            : placed.Count > 0 ? placed.Max(m => m.Row) + 1
            : members.Any(m => !m.IsChild) ? 1 : 0;
        foreach (var member in members.Where(m => m.Row < 0))
        {
            member.Row = member.IsChild ? childrenRow : Math.Max(childrenRow - 1, 0);
        }

        // 4. No empty rows.
        var rows = members.Select(m => m.Row).Distinct().Order().ToList();
        foreach (var member in members)
        {
            member.Row = rows.IndexOf(member.Row);
        }
    }

    private static bool MoveDown(GenogramMember member, int row, int deepest)
    {
        row = Math.Min(row, deepest);
        if (member.Row >= row)
        {
            return false;
        }

        member.Row = row;
        return true;
    }

    /// <summary>
    /// Orders and places each row from the top down; then, twice, centres parents over their children from the
    /// bottom up and children under their parents from the top down; then makes sure nobody outside the
    /// household sits inside its box.
    /// </summary>
    private void PlaceEveryone()
    {
        for (var row = 0; row < _rows.Count; row++)
        {
            Arrange(row);
            Place(row, UnderParents);
        }

        for (var round = 0; round < 2; round++)
        {
            for (var row = _rows.Count - 2; row >= 0; row--)
            {
                Place(row, OverChildren);
            }

            for (var row = 0; row < _rows.Count; row++)
            {
                Place(row, UnderParents);
            }
        }

        var clear = HouseholdClearance();
        for (var row = 0; row < _rows.Count; row++)
        {
            var outside = Split(row).Outside;
            if (outside.Count > 0 && outside[0].X < clear)
            {
                var shortfall = clear - outside[0].X;
                outside.ForEach(m => m.X += shortfall);
            }
        }
    }

    /// <summary>Where a child would like to be: under their parents, beside the brothers and sisters who share them.</summary>
    private double? UnderParents(GenogramMember child)
    {
        var parents = child.ParentsAbove();
        if (parents.Count == 0 || parents.Any(p => !p.IsPlaced))
        {
            return null;
        }

        var sibship = _rows[child.Row].Where(m => SameParents(m.ParentsAbove(), parents)).ToList();
        var middle = (sibship.Count - 1) / 2.0;
        return parents.Average(p => p.X) + ((sibship.IndexOf(child) - middle) * Spacing);
    }

    /// <summary>Where a parent would like to be: with the line they share with the other parent centred over their children.</summary>
    private double? OverChildren(GenogramMember parent)
    {
        var wishes = new List<double>();
        foreach (var children in parent.Children.Where(c => c.Row == parent.Row + 1).GroupBy(c => Key(c.ParentsAbove())))
        {
            var parents = children.First().ParentsAbove();
            wishes.Add(children.Average(c => c.X) + parent.X - parents.Average(p => p.X));
        }

        return wishes.Count > 0 ? wishes.Average() : null;
    }

    /// <summary>The middle of a person's parents in the row above, once they are placed.</summary>
    private static double? ParentsCentre(GenogramMember child)
    {
        var parents = child.ParentsAbove();
        return parents.Count > 0 && parents.All(p => p.IsPlaced) ? parents.Average(p => p.X) : null;
    }

    private static bool SameParents(List<GenogramMember> a, List<GenogramMember> b) => a.Count > 0 && Key(a) == Key(b);

    private static string Key(List<GenogramMember> parents) => string.Join(',', parents.Select(p => p.Index));

    /// <summary>
    /// Puts a row in order once: partners side by side, families in the order of their parents above,
    /// and, in the rows the household spans, its members first and everyone else after them.
    /// </summary>
    private void Arrange(int row)
    {
        var members = _rows[row];
        var wanted = members.ToDictionary(m => m, ParentsCentre);
        foreach (var member in members.Where(m => wanted[m] is null))
        {
            wanted[member] = member.Siblings.Where(s => s.Row == row).Select(s => wanted[s]).FirstOrDefault(w => w is not null);
        }

        var blocks = new List<List<GenogramMember>>();
        foreach (var member in members.Where(m => !blocks.Any(b => b.Contains(m))))
        {
            blocks.Add(Chain(Couples(member), wanted));
        }

        double? BlockWish(List<GenogramMember> block)
        {
            var wishes = block.Select(m => wanted[m]).OfType<double>().ToList();
            return wishes.Count > 0 ? wishes.Average() : null;
        }

        var ordered = blocks
            .OrderBy(b => BlockWish(b) is null)
            .ThenBy(b => BlockWish(b) ?? 0)
            .ThenBy(b => b.Min(m => m.Index))
            .ToList();

        members.Clear();
        if (!InHouseholdRows(row))
        {
            members.AddRange(ordered.SelectMany(b => b));
            return;
        }

        static bool Mixed(List<GenogramMember> block) => block.Any(m => m.InHousehold) && block.Any(m => !m.InHousehold);
        members.AddRange(ordered.OrderBy(Mixed).SelectMany(b => b).Where(m => m.InHousehold));
        members.AddRange(ordered.OrderBy(b => !Mixed(b)).SelectMany(b => b).Where(m => !m.InHousehold));
    }

    /// <summary>Everyone in the row joined to this person through partners and ex-partners.</summary>
    private static List<GenogramMember> Couples(GenogramMember start)
    {
        var found = new List<GenogramMember> { start };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(found[i].Partners.Where(p => p.Row == start.Row && !found.Contains(p)).OrderBy(p => p.Index));
        }

        return found;
    }

    /// <summary>
    /// The best left-to-right order for a group of partners: as many partners next to each other as possible,
    /// household members first, then the side each person's parents are on.
    /// </summary>
    private static List<GenogramMember> Chain(List<GenogramMember> group, Dictionary<GenogramMember, double?> wanted)
    {
        if (group.Count == 1)
        {
            return group;
        }

        var candidates = group.OrderBy(m => m.Index).Select(start => Walk(start, group)).ToList();
        return candidates
            .OrderByDescending(c => c.Zip(c.Skip(1)).Count(pair => pair.First.Partners.Contains(pair.Second)))
            .ThenBy(c => c.Select((m, i) => m.InHousehold ? i : 0).Sum())
            .ThenByDescending(c => c.Select((m, i) => i * (wanted[m] ?? 0)).Sum())
            .First();
    }

    /// <summary>A depth-first walk through a group of partners from one of them.</summary>
    private static List<GenogramMember> Walk(GenogramMember start, List<GenogramMember> group)
    {
        var order = new List<GenogramMember>();
        var stack = new Stack<GenogramMember>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var member = stack.Pop();
            if (order.Contains(member))
            {
                continue;
            }

            order.Add(member);
            foreach (var partner in member.Partners.Where(group.Contains).OrderByDescending(p => p.Index))
            {
                stack.Push(partner);
            }
        }

        return order;
    }

    private bool InHouseholdRows(int row) => HouseholdRows is { } rows && row >= rows.First && row <= rows.Last;

    /// <summary>A row's household members, then the others (only in the rows the household box spans).</summary>
    private (List<GenogramMember> Inside, List<GenogramMember> Outside) Split(int row) =>
        InHouseholdRows(row)
            ? (_rows[row].Where(m => m.InHousehold).ToList(), _rows[row].Where(m => !m.InHousehold).ToList())
            : (_rows[row], []);

    /// <summary>The leftmost centre for anyone outside the household in the rows the household spans.</summary>
    private double HouseholdClearance()
    {
        var household = Members.Where(m => m.InHousehold && m.IsPlaced).ToList();
        return household.Count > 0 ? household.Max(m => m.X) + Spacing + HouseholdGap : double.MinValue;
    }

    private void Place(int row, Func<GenogramMember, double?> wish)
    {
        var (inside, outside) = Split(row);
        Spread(inside, wish, null);
        if (outside.Count > 0)
        {
            var clear = HouseholdClearance();
            Spread(outside, wish, inside.Count > 0 ? Math.Max(clear, inside[^1].X + Spacing) : clear);
        }
    }

    /// <summary>
    /// Places people left to right, in their order and at least <see cref="Spacing"/> apart, each as near as
    /// possible (least squares) to where their family pulls them, or else to where they already are.
    /// This is the "pool adjacent violators" method on each position less its index times the spacing.
    /// </summary>
    private void Spread(List<GenogramMember> members, Func<GenogramMember, double?> wish, double? leftmost)
    {
        if (members.Count == 0)
        {
            return;
        }

        var targets = new double?[members.Count];
        var weights = new double[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var wished = wish(members[i]);
            (targets[i], weights[i]) = wished is not null ? (wished, 1.0)
                : members[i].IsPlaced ? (members[i].X, StayWeight)
                : (null, StayWeight);
        }

        // Nobody placed and no wish yet: follow the nearest neighbour that has one.
        for (var i = 0; i < members.Count; i++)
        {
            if (targets[i] is not null)
            {
                continue;
            }

            var left = Array.FindLastIndex(targets, i, t => t is not null);
            var right = Array.FindIndex(targets, i, t => t is not null);
            targets[i] = left >= 0 ? targets[left] + ((i - left) * Spacing)
                : right >= 0 ? targets[right] - ((right - i) * Spacing)
                : (leftmost ?? 0) + (i * Spacing);
        }

        var pools = new List<(double Sum, double Weight, int Count)>();
        for (var i = 0; i < members.Count; i++)
        {
            pools.Add((weights[i] * (targets[i]!.Value - (i * Spacing)), weights[i], 1));
            while (pools.Count > 1 && pools[^2].Sum / pools[^2].Weight > pools[^1].Sum / pools[^1].Weight)
            {
                var (sum, weight, count) = pools[^1];
                pools.RemoveAt(pools.Count - 1);
                pools[^1] = (pools[^1].Sum + sum, pools[^1].Weight + weight, pools[^1].Count + count);
            }
        }

        var index = 0;
        foreach (var (sum, weight, count) in pools)
        {
            var shift = Math.Max(sum / weight, leftmost ?? double.MinValue);
            for (var k = 0; k < count; k++, index++)
            {
                members[index].X = shift + (index * Spacing);
                members[index].IsPlaced = true;
            }
        }
    }
}
