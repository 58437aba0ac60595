using FamilySafeguarding.Domain.Supervisions;

namespace FamilySafeguarding.Application.Supervisions;

/// <summary>When group supervisions fall due (configuration section "Supervision").</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>For a family with no supervision since it opened: how many days after opening the first is due. Default 20.</summary>
    public int FirstSupervisionDays { get; set; } = SupervisionDueDates.DefaultFirstSupervisionDays;
}
