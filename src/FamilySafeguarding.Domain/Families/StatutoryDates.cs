namespace FamilySafeguarding.Domain.Families;

/// <summary>A date the law or statutory guidance sets for a child's episode.</summary>
public sealed record StatutoryDate(string What, DateOnly Due);

/// <summary>
/// The next statutory date that follows from an open episode alone (research/domain.md section 7). Meetings are not
/// recorded yet, so each date assumes the previous one was held on time:
/// a CP plan's first review conference is within 3 months of the plan starting, then at most every 6 months;
/// care proceedings finish within 26 weeks; a looked-after child's first review is within 20 working days,
/// the second within 3 months of the first, then every 6 months.
/// </summary>
public static class StatutoryDates
{
    public const int ProceedingsWeeks = 26;
    public const int FirstLookedAfterReviewWorkingDays = 20;

    public static StatutoryDate? Next(LegalStatusKind kind, DateOnly startDate, DateOnly today) => kind switch
    {
        LegalStatusKind.ChildProtectionPlan => new StatutoryDate("Review child protection conference", Following(startDate.AddMonths(3), 6, today)),
        LegalStatusKind.CareProceedings => new StatutoryDate("Care proceedings to finish (26 weeks)", startDate.AddDays(ProceedingsWeeks * 7)),
        LegalStatusKind.LookedAfter => new StatutoryDate("Looked-after review", LookedAfterReview(startDate, today)),
        _ => null,
    };

    /// <summary>The first date of the series first, first + months, first + 2 × months, … that is today or later (or the first, if that is already late).</summary>
    private static DateOnly Following(DateOnly first, int months, DateOnly today)
    {
        if (first >= today)
        {
            return first;
        }

        var due = first;
        var step = 0;
        while (due < today)
        {
            step++;
            due = first.AddMonths(months * step);
        }

        return due;
    }

    private static DateOnly LookedAfterReview(DateOnly startDate, DateOnly today)
    {
        var first = AddWorkingDays(startDate, FirstLookedAfterReviewWorkingDays);
        if (first >= today)
        {
            return first;
        }

        var second = first.AddMonths(3);
        return second >= today ? second : Following(second.AddMonths(6), 6, today);
    }

    /// <summary>Adds working days, skipping weekends (bank holidays are not known to the system).</summary>
    public static DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var result = date;
        while (days > 0)
        {
            result = result.AddDays(1);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return result;
    }
}
