using System.Globalization;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Allocations;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Application.Families;
using FamilySafeguarding.Domain.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.FamilyMembers;

/// <summary>
/// The pages about a family's members. Each reads a fixed number of lists (members, statuses, worries, relationships),
/// one query each, and groups them in memory, so the command count does not grow with the family's history.
/// The pages' callers have already checked access (see <see cref="FamilyHeaders.ViewAsync"/>); each form's read checks it
/// itself, the same read for the form's GET and for showing it again: 404 unless the actor sees the family, 403 unless
/// they may record on it, and 404 for any id in the path that is not part of this family.
/// </summary>
public sealed class MemberQueries(IAppDbContext db, FamilyHeaders headers, TimeProvider time)
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public async Task<MembersPage> MembersAsync(Guid familyId, CancellationToken ct)
    {
        var today = time.UkToday();
        var members = await MemberListAsync(familyId, ct);
        var statuses = await db.LegalStatusEpisodes.AsNoTracking()
            .Where(e => e.FamilyId == familyId && (e.EndDate == null || e.EndDate > today))
            .Select(e => new { e.MemberId, e.Kind, e.Category, e.StartDate })
            .ToListAsync(ct);
        var worries = await db.AdultWorries.AsNoTracking()
            .Where(w => w.FamilyId == familyId && (w.EndedOn == null || w.EndedOn > today))
            .Select(w => new { w.MemberId, w.Kind, w.IdentifiedOn })
            .ToListAsync(ct);
        var relationships = await RelationshipListAsync(familyId, members, ct);

        var statusesOf = statuses.ToLookup(s => s.MemberId);
        var worriesOf = worries.ToLookup(w => w.MemberId);
        var rows = members
            .Select(m => new MemberRow(
                m.Id,
                m.FullName,
                m.PreferredName,
                m.DateOfBirth,
                m.ExpectedDateOfDelivery,
                m.Gender,
                m.Role,
                m.LivesInHousehold,
                m.Role == FamilyRole.Child
                    ? [.. statusesOf[m.Id].OrderBy(s => s.StartDate).Select(s => s.Category is { } c ? $"{s.Kind.DisplayName()} ({c.DisplayName()})" : s.Kind.DisplayName())]
                    : [.. worriesOf[m.Id].OrderBy(w => w.IdentifiedOn).Select(w => w.Kind.DisplayName())]))
            .ToList();

        var people = members.Select(m => new GenogramPerson(m.Id, m.PreferredName ?? m.FullName, GenogramDetail(m, today), m.Gender, m.DateOfBirth is null && m.ExpectedDateOfDelivery is not null, m.Role == FamilyRole.Child, m.LivesInHousehold)).ToList();
        var links = relationships.Select(r => new GenogramLink(r.FromMemberId, r.ToMemberId, r.Kind, r.ParentalResponsibility, r.Description)).ToList();
        return new MembersPage(rows, relationships, new Genogram(people, links));
    }

    /// <summary>One member's details with their whole legal-status history (children) or worries (adults); "not found" unless the member is this family's.</summary>
    public async Task<MemberPage> MemberAsync(Guid familyId, Guid memberId, CancellationToken ct)
    {
        var today = time.UkToday();
        var member = await DetailsAsync(familyId, memberId, ct);
        var episodes = await db.LegalStatusEpisodes.AsNoTracking()
            .Where(e => e.FamilyId == familyId && e.MemberId == memberId)
            .OrderByDescending(e => e.StartDate)
            .Select(e => new { e.Id, e.Kind, e.Category, e.StartDate, e.EndDate, e.EndReason, e.EscalatedFrom })
            .ToListAsync(ct);
        var worries = await db.AdultWorries.AsNoTracking()
            .Where(w => w.FamilyId == familyId && w.MemberId == memberId)
            .OrderByDescending(w => w.IdentifiedOn)
            .Select(w => new WorryRow(w.Id, w.Kind, w.IdentifiedOn, w.EndedOn))
            .ToListAsync(ct);
        return new MemberPage(
            member,
            [.. episodes.Select(e => new EpisodeRow(e.Id, e.Kind, e.Category, e.StartDate, e.EndDate, e.EndReason, e.EscalatedFrom, e.EndDate is null ? StatutoryDates.Next(e.Kind, e.StartDate, today) : null))],
            worries);
    }

    /// <summary>The member form: to add a member (<paramref name="memberId"/> null) or to edit one, with their details as saved.</summary>
    public async Task<MemberFormPage> MemberFormAsync(Actor actor, Guid familyId, Guid? memberId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(actor, familyId, memberId is null ? "Add member" : "Edit member", ct);
        return new MemberFormPage(header, memberId is { } id ? await DetailsAsync(familyId, id, ct) : null);
    }

    /// <summary>The form to start a child's legal status, or (with <paramref name="episodeId"/>) to end one of theirs. Legal statuses are a child's: for anyone else the pages do not exist.</summary>
    public async Task<StatusFormPage> StatusFormAsync(Actor actor, Guid familyId, Guid memberId, Guid? episodeId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(actor, familyId, episodeId is null ? "Start legal status" : "End legal status", ct);
        var child = await DetailsAsync(familyId, memberId, ct) is { IsChild: true } found ? found : throw new NotFoundException();
        return new StatusFormPage(header, child, episodeId is { } id ? await EpisodeAsync(familyId, memberId, id, ct) : null);
    }

    /// <summary>The form to add an adult's worry, or (with <paramref name="worryId"/>) to end one of theirs. Worries are an adult's: for a child the pages do not exist.</summary>
    public async Task<WorryFormPage> WorryFormAsync(Actor actor, Guid familyId, Guid memberId, Guid? worryId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(actor, familyId, worryId is null ? "Add worry" : "End worry", ct);
        var adult = await DetailsAsync(familyId, memberId, ct) is { IsChild: false } found ? found : throw new NotFoundException();
        return new WorryFormPage(header, adult, worryId is { } id ? await WorryAsync(familyId, memberId, id, ct) : null);
    }

    /// <summary>The form to relate two members, with the members to choose from.</summary>
    public async Task<RelationshipFormPage> RelationshipFormAsync(Actor actor, Guid familyId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(actor, familyId, "Add relationship", ct);
        return new RelationshipFormPage(header, await MemberOptionsAsync(familyId, ct));
    }

    /// <summary>The page confirming a relationship's removal.</summary>
    public async Task<RemovalPage> RemovalAsync(Actor actor, Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var header = await RecordingHeaderAsync(actor, familyId, "Remove relationship", ct);
        return new RemovalPage(header, await RelationshipAsync(familyId, relationshipId, ct));
    }

    /// <summary>A member's details as recorded, with the version the edit form carries; "not found" unless the member is this family's.</summary>
    public async Task<MemberDetail> DetailsAsync(Guid familyId, Guid memberId, CancellationToken ct) =>
        await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId && m.Id == memberId)
            .Select(m => new MemberDetail(
                m.Id,
                m.FullName,
                m.PreferredName,
                m.Role,
                m.DateOfBirth,
                m.ExpectedDateOfDelivery,
                m.Gender,
                m.Ethnicity,
                m.FirstLanguage,
                m.InterpreterNeeded,
                m.NhsNumber,
                m.School,
                m.LivesInHousehold,
                m.Version))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException();

    /// <summary>An episode to end; "not found" unless it is this member's in this family.</summary>
    public async Task<EpisodeToEnd> EpisodeAsync(Guid familyId, Guid memberId, Guid episodeId, CancellationToken ct) =>
        await db.LegalStatusEpisodes.AsNoTracking()
            .Where(e => e.FamilyId == familyId && e.MemberId == memberId && e.Id == episodeId)
            .Select(e => new EpisodeToEnd(e.Id, e.Kind, e.Category, e.StartDate, e.EndDate))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException();

    /// <summary>A worry to end; "not found" unless it is this member's in this family.</summary>
    public async Task<WorryRow> WorryAsync(Guid familyId, Guid memberId, Guid worryId, CancellationToken ct) =>
        await db.AdultWorries.AsNoTracking()
            .Where(w => w.FamilyId == familyId && w.MemberId == memberId && w.Id == worryId)
            .Select(w => new WorryRow(w.Id, w.Kind, w.IdentifiedOn, w.EndedOn))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException();

    /// <summary>The family's members for choosing in a form, children first.</summary>
    public async Task<IReadOnlyList<MemberOption>> MemberOptionsAsync(Guid familyId, CancellationToken ct) =>
        [.. (await MemberListAsync(familyId, ct)).Select(m => new MemberOption(m.Id, m.PreferredName is null ? m.FullName : $"{m.FullName} ({m.PreferredName})", m.Role))];

    /// <summary>A relationship to remove; "not found" unless it is this family's.</summary>
    public async Task<RelationshipRow> RelationshipAsync(Guid familyId, Guid relationshipId, CancellationToken ct)
    {
        var members = await MemberListAsync(familyId, ct);
        return (await RelationshipListAsync(familyId, members, ct)).SingleOrDefault(r => r.Id == relationshipId) ?? throw new NotFoundException();
    }

    /// <summary>The header of a form that records on the family: writes the access-log row; 404 if the actor may not see the family, 403 if they may only read it.</summary>
    private Task<FamilyHeader> RecordingHeaderAsync(Actor actor, Guid familyId, string page, CancellationToken ct) =>
        headers.ViewAsync(actor, familyId, page, ct, FamilyNeed.Record);

    private async Task<List<MemberListItem>> MemberListAsync(Guid familyId, CancellationToken ct)
    {
        var members = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId)
            .Select(m => new MemberListItem(m.Id, m.FullName, m.PreferredName, m.DateOfBirth, m.ExpectedDateOfDelivery, m.Gender, m.Role, m.LivesInHousehold))
            .ToListAsync(ct);

        // Children first, youngest last; then adults by name. Sorted here: the order mixes a due date and a birth date.
        return [.. members
            .OrderBy(m => m.Role == FamilyRole.Child ? 0 : 1)
            .ThenBy(m => m.Role == FamilyRole.Child ? m.DateOfBirth ?? m.ExpectedDateOfDelivery : null)
            .ThenBy(m => m.FullName, StringComparer.CurrentCultureIgnoreCase)];
    }

    private async Task<List<RelationshipRow>> RelationshipListAsync(Guid familyId, List<MemberListItem> members, CancellationToken ct)
    {
        var names = members.ToDictionary(m => m.Id, m => m.PreferredName ?? m.FullName);
        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => r.FamilyId == familyId)
            .Select(r => new { r.Id, r.FromMemberId, r.ToMemberId, r.Kind, r.ParentalResponsibility, r.Description })
            .ToListAsync(ct);
        return [.. relationships
            .Select(r => new RelationshipRow(r.Id, r.FromMemberId, names.GetValueOrDefault(r.FromMemberId, "?"), r.Kind, r.Description, r.ToMemberId, names.GetValueOrDefault(r.ToMemberId, "?"), r.ParentalResponsibility))
            .OrderBy(r => r.FromName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.ToName, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static string? GenogramDetail(MemberListItem m, DateOnly today)
    {
        if (m.DateOfBirth is null)
        {
            return m.ExpectedDateOfDelivery is { } due ? "Due " + due.ToString("d MMM yyyy", UkCulture) : null;
        }

        var born = m.DateOfBirth.Value;
        if (m.Role == FamilyRole.Child)
        {
            return "b. " + born.Year.ToString(UkCulture);
        }

        var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
        return "Age " + age.ToString(UkCulture);
    }

    private sealed record MemberListItem(Guid Id, string FullName, string? PreferredName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfDelivery, Gender Gender, FamilyRole Role, bool LivesInHousehold);
}

public sealed record MembersPage(IReadOnlyList<MemberRow> Members, IReadOnlyList<RelationshipRow> Relationships, Genogram Genogram)
{
    public IEnumerable<MemberRow> Children => Members.Where(m => m.IsChild);

    public IEnumerable<MemberRow> Adults => Members.Where(m => !m.IsChild);
}

/// <param name="Current">For a child, the legal statuses open today; for an adult, the worries open today.</param>
public sealed record MemberRow(Guid Id, string FullName, string? PreferredName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfDelivery, Gender Gender, FamilyRole Role, bool LivesInHousehold, IReadOnlyList<string> Current)
{
    public bool IsChild => Role == FamilyRole.Child;

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfDelivery is not null;
}

public sealed record RelationshipRow(Guid Id, Guid FromMemberId, string FromName, RelationshipKind Kind, string? Description, Guid ToMemberId, string ToName, bool ParentalResponsibility)
{
    /// <summary>How the relationship reads between the two names, e.g. "parent of" or, for Other, its description.</summary>
    public string Describe => Kind == RelationshipKind.Other && Description is { Length: > 0 } d ? d : Kind.DisplayName().ToLowerInvariant();
}

public sealed record MemberDetail(
    Guid Id,
    string FullName,
    string? PreferredName,
    FamilyRole Role,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfDelivery,
    Gender Gender,
    string? Ethnicity,
    string? FirstLanguage,
    bool InterpreterNeeded,
    string? NhsNumber,
    string? School,
    bool LivesInHousehold,
    Guid Version)
{
    public bool IsChild => Role == FamilyRole.Child;

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfDelivery is not null;

    public string KnownAs => PreferredName ?? FullName;
}

public sealed record MemberFormPage(FamilyHeader Header, MemberDetail? Saved);

public sealed record StatusFormPage(FamilyHeader Header, MemberDetail Child, EpisodeToEnd? Episode);

public sealed record WorryFormPage(FamilyHeader Header, MemberDetail Adult, WorryRow? Worry);

public sealed record RelationshipFormPage(FamilyHeader Header, IReadOnlyList<MemberOption> Members);

public sealed record RemovalPage(FamilyHeader Header, RelationshipRow Relationship);

public sealed record MemberPage(MemberDetail Member, IReadOnlyList<EpisodeRow> Episodes, IReadOnlyList<WorryRow> Worries);

/// <param name="Next">The next statutory date, for an open episode that has one.</param>
public sealed record EpisodeRow(Guid Id, LegalStatusKind Kind, ChildProtectionCategory? Category, DateOnly StartDate, DateOnly? EndDate, EpisodeEndReason? EndReason, EscalatedFrom EscalatedFrom, StatutoryDate? Next);

public sealed record EpisodeToEnd(Guid Id, LegalStatusKind Kind, ChildProtectionCategory? Category, DateOnly StartDate, DateOnly? EndDate);

public sealed record WorryRow(Guid Id, WorryKind Kind, DateOnly IdentifiedOn, DateOnly? EndedOn);

public sealed record MemberOption(Guid Id, string Label, FamilyRole Role);

/// <summary>The family's members as the forms offer them for choosing (who was involved, who attended, whom a worker works with): one query, written once.</summary>
public static class MemberChoices
{
    /// <summary>
    /// Everyone in the family, children first, then by name; or, with <paramref name="adultsOnly"/>, the adults alone,
    /// in the database's name order as the allocation form has always listed them. One SQL command.
    /// </summary>
    public static async Task<IReadOnlyList<MemberChoice>> MemberChoicesAsync(this IAppDbContext db, Guid familyId, CancellationToken ct, bool adultsOnly = false)
    {
        if (adultsOnly)
        {
            return await db.FamilyMembers.AsNoTracking()
                .Where(m => m.FamilyId == familyId && m.Role != FamilyRole.Child)
                .OrderBy(m => m.FullName)
                .Select(m => new MemberChoice(m.Id, m.FullName, m.Role))
                .ToListAsync(ct);
        }

        var members = await db.FamilyMembers.AsNoTracking()
            .Where(m => m.FamilyId == familyId)
            .Select(m => new MemberChoice(m.Id, m.FullName, m.Role))
            .ToListAsync(ct);
        return [.. members.OrderBy(m => m.IsChild ? 0 : 1).ThenBy(m => m.Name, StringComparer.CurrentCulture)];
    }
}
