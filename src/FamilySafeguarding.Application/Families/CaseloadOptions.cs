namespace FamilySafeguarding.Application.Families;

/// <summary>The caseload each worker is measured against (configuration section "Caseloads").</summary>
public sealed class CaseloadOptions
{
    public const string Section = "Caseloads";

    /// <summary>Open families per worker. Lancashire advertised caseloads of 15; no national target exists.</summary>
    public int Target { get; set; } = 15;
}
