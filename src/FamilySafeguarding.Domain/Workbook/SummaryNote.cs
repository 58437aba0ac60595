using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Workbook;

/// <summary>
/// A dated note added to a monthly summary and shown beside it: an addendum correcting or adding to a submitted summary
/// (by its author or a manager), or a team manager's management oversight. Notes are only ever added, never changed,
/// so two people adding notes at once both keep theirs.
/// </summary>
public sealed class SummaryNote : TrackedEntity
{
    public const int TextMaxLength = 4000;

    private SummaryNote()
    {
        Text = string.Empty;
    }

    private SummaryNote(MonthlySummary summary, SummaryNoteKind kind, Guid authorPersonId, string text, DateTime writtenAt)
    {
        SummaryId = summary.Id;
        FamilyId = summary.FamilyId;
        Kind = kind;
        AuthorPersonId = authorPersonId;
        Text = text;
        WrittenAt = writtenAt;
    }

    public Guid SummaryId { get; private set; }

    public Guid FamilyId { get; private set; }

    public SummaryNoteKind Kind { get; private set; }

    public Guid AuthorPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="AuthorPersonId"/> is the record.</summary>
    public Person? Author { get; private set; }

    public string Text { get; private set; }

    public DateTime WrittenAt { get; private set; }

    /// <summary>An addendum: only to a submitted summary, by its author or a manager of the family.</summary>
    public static SummaryNote Addendum(MonthlySummary summary, Guid actorPersonId, bool actorManagesFamily, string? text, DateTime now)
    {
        if (!summary.IsSubmitted)
        {
            throw new DomainRuleException("A draft is changed directly. Addenda are for submitted summaries");
        }

        if (actorPersonId != summary.AuthorPersonId && !actorManagesFamily)
        {
            throw new DomainRuleException("Only the summary's author or a team manager can add an addendum");
        }

        return new SummaryNote(summary, SummaryNoteKind.Addendum, actorPersonId, Checked(text, "the addendum"), now);
    }

    /// <summary>A management oversight note: only by a manager of the family.</summary>
    public static SummaryNote Oversight(MonthlySummary summary, Guid actorPersonId, bool actorManagesFamily, string? text, DateTime now)
    {
        if (!actorManagesFamily)
        {
            throw new DomainRuleException("Only a team manager can record management oversight");
        }

        return new SummaryNote(summary, SummaryNoteKind.ManagementOversight, actorPersonId, Checked(text, "the management oversight"), now);
    }

    private static string Checked(string? text, string what)
    {
        var value = Common.Text.Multiline(text);
        if (value.Length == 0)
        {
            throw new DomainRuleException($"Enter {what}", nameof(Text));
        }

        if (value.Length > TextMaxLength)
        {
            throw new DomainRuleException($"{char.ToUpperInvariant(what[4])}{what[5..]} must be {TextMaxLength} characters or fewer", nameof(Text));
        }

        return value;
    }
}
