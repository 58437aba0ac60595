using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Supervisions;

/// <summary>A dated correction or addition to a signed-off supervision record, shown beside it; only ever added, never changed.</summary>
public sealed class SupervisionAddendum : TrackedEntity
{
    public const int TextMaxLength = 4000;

    private SupervisionAddendum()
    {
        Text = string.Empty;
    }

    private SupervisionAddendum(Supervision supervision, Guid authorPersonId, string text, DateTime writtenAt)
    {
        SupervisionId = supervision.Id;
        FamilyId = supervision.FamilyId;
        AuthorPersonId = authorPersonId;
        Text = text;
        WrittenAt = writtenAt;
    }

    public Guid SupervisionId { get; private set; }

    public Guid FamilyId { get; private set; }

    public Guid AuthorPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="AuthorPersonId"/> is the record.</summary>
    public Person? Author { get; private set; }

    public string Text { get; private set; }

    public DateTime WrittenAt { get; private set; }

    public static SupervisionAddendum Add(Supervision supervision, Guid authorPersonId, string? text, DateTime now)
    {
        if (!supervision.IsSignedOff)
        {
            throw new DomainRuleException("A draft record is changed directly. Addenda are for signed-off records");
        }

        var value = Common.Text.Multiline(text);
        if (value.Length == 0)
        {
            throw new DomainRuleException("Enter the addendum", nameof(Text));
        }

        if (value.Length > TextMaxLength)
        {
            throw new DomainRuleException($"The addendum must be {TextMaxLength} characters or fewer", nameof(Text));
        }

        return new SupervisionAddendum(supervision, authorPersonId, value, now);
    }
}
