using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.Families;

/// <summary>An open legal-status episode, as the family lists need it: whose, which kind and since when.</summary>
public sealed record OpenEpisode(Guid FamilyId, Guid MemberId, LegalStatusKind Kind, DateOnly StartDate);

/// <summary>
/// How many of a family's children are under each legal status today ("2 CP, 1 CIN"), and the earliest statutory date
/// that follows from their open episodes. Built in memory from one query's rows for a whole page of families.
/// </summary>
public sealed record ChildrenByStatus(int Children, IReadOnlyList<(LegalStatusKind Kind, int Count)> Counts, StatutoryDate? NextDue)
{
    public static ChildrenByStatus For(int children, IEnumerable<OpenEpisode> episodes, DateOnly today)
    {
        var list = episodes.ToList();
        var counts = list.GroupBy(e => e.Kind)
            .OrderBy(g => g.Key == LegalStatusKind.ChildProtectionPlan ? 0 : 1).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Select(e => e.MemberId).Distinct().Count()))
            .ToList();
        var next = list.Select(e => StatutoryDates.Next(e.Kind, e.StartDate, today)).OfType<StatutoryDate>().MinBy(d => d.Due);
        return new ChildrenByStatus(children, counts, next);
    }

    /// <summary>"2 CP, 1 CIN", or "No plan" when no child has a legal status.</summary>
    public string Summary => Counts.Count == 0 ? "No plan" : string.Join(", ", Counts.Select(c => $"{c.Count} {c.Kind.ShortName()}"));

    public string ChildrenText => Children == 1 ? "1 child" : $"{Children} children";
}
