using System.Globalization;
using FamilySafeguarding.Application.Chronology;
using FamilySafeguarding.Application.FamilyMembers;
using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Application.Families;

/// <summary>The family's overview page: its openings, members, workers, genogram, latest events, workbook and group supervision at a glance.</summary>
public sealed record FamilyOverview(
    IReadOnlyList<OpeningRow> Openings,
    IReadOnlyList<ChildRow> Children,
    IReadOnlyList<AdultRow> Adults,
    IReadOnlyList<WorkerRow> Workers,
    Genogram Genogram,
    IReadOnlyList<LatestEvent> LatestEvents,
    int EventCount,
    Workbook.WorkbookGlance Workbook,
    Actions.SupervisionGlance Supervision)
{
    public const int LatestEventsShown = 5;

    public WorkerRow? Lead => Workers.FirstOrDefault(w => w.Role == AllocationRole.LeadSocialWorker);
}

/// <summary>One period the case was open; the latest first.</summary>
public sealed record OpeningRow(DateOnly OpenedOn, DateOnly? ClosedOn, ClosureReason? Reason, string? Detail);

/// <summary>A legal status open today, with the next statutory date that follows from it (if any).</summary>
public sealed record StatusRow(LegalStatusKind Kind, ChildProtectionCategory? Category, DateOnly StartDate, EscalatedFrom EscalatedFrom, StatutoryDate? Next)
{
    /// <summary>"CP (Neglect)", "CIN", "PLO".</summary>
    public string Tag => Category is { } category ? $"{Kind.ShortName()} ({category.DisplayName()})" : Kind.ShortName();
}

public sealed record ChildRow(Guid Id, string FullName, string? PreferredName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfDelivery, IReadOnlyList<StatusRow> Statuses)
{
    public string Age(DateOnly today) => Ages.Describe(DateOfBirth, ExpectedDateOfDelivery, today);
}

public sealed record AdultRow(Guid Id, string FullName, string? PreferredName, FamilyRole Role, DateOnly? DateOfBirth, IReadOnlyList<WorryKind> Worries);

public sealed record WorkerRow(Guid PersonId, string Name, AllocationRole Role, DateOnly Since);

public sealed record LatestEvent(Guid Id, DateOnly OccurredOn, SignificantEventKind Kind, string Account, string? RecordedBy)
{
    public const int ShortAccountLength = 160;

    /// <summary>The account cut at a word boundary to about <see cref="ShortAccountLength"/> characters.</summary>
    public string ShortAccount
    {
        get
        {
            if (Account.Length <= ShortAccountLength)
            {
                return Account;
            }

            var cut = Account[..ShortAccountLength];
            var space = cut.LastIndexOf(' ');
            return (space > ShortAccountLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
        }
    }
}

/// <summary>Ages as a worker reads them: "4 years", "7 months", "Unborn, due 3 March 2027".</summary>
public static class Ages
{
    public static string Describe(DateOnly? born, DateOnly? due, DateOnly today)
    {
        if (born is not { } dob)
        {
            return due is { } d ? $"Unborn, due {d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : "Not known";
        }

        var months = ((today.Year - dob.Year) * 12) + today.Month - dob.Month - (today.Day < dob.Day ? 1 : 0);
        if (months < 24)
        {
            return months == 1 ? "1 month" : $"{Math.Max(0, months)} months";
        }

        return $"{months / 12} years";
    }

    /// <summary>Whole years, for an adult's age.</summary>
    public static int Years(DateOnly born, DateOnly today) => today.Year - born.Year - (today.Month < born.Month || (today.Month == born.Month && today.Day < born.Day) ? 1 : 0);
}
