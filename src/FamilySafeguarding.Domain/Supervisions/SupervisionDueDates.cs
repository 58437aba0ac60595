namespace FamilySafeguarding.Domain.Supervisions;

/// <summary>
/// When a family's next group supervision is due: a month after the last one held in its current opening, or, for a
/// family with none held since it (re)opened, a number of days after it opened (default 20).
/// </summary>
public static class SupervisionDueDates
{
    public const int DefaultFirstSupervisionDays = 20;

    public static DateOnly NextDue(DateOnly openedOn, DateOnly? lastHeldOn, int firstSupervisionDays = DefaultFirstSupervisionDays) =>
        lastHeldOn is { } held && held >= openedOn ? held.AddMonths(1) : openedOn.AddDays(firstSupervisionDays);

    /// <summary>Overdue: the due date has passed and none has been held since.</summary>
    public static bool IsOverdue(DateOnly due, DateOnly today) => due < today;
}
