using FamilySafeguarding.Domain.Workbook;

namespace FamilySafeguarding.Application.Workbook;

/// <summary>When monthly summaries fall due (configuration section "Workbook").</summary>
public sealed class WorkbookOptions
{
    public const string Section = "Workbook";

    /// <summary>The working day of the next month on which a month's summary falls due (weekends skipped). Default 5.</summary>
    public int SummaryDueWorkingDay { get; set; } = SummaryDueDates.DefaultWorkingDay;

    /// <summary>
    /// The first month for which summaries are expected in this system, so that months before a council started using
    /// it are not reported as overdue. Empty: every month a worker was allocated.
    /// </summary>
    public DateOnly? SummariesExpectedFrom { get; set; }
}
