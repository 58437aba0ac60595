using FamilySafeguarding.Domain.Families;

namespace FamilySafeguarding.Domain.Workbook;

/// <summary>How the workbook's values read on a page.</summary>
public static class WorkbookNames
{
    public static string DisplayName(this StageOfChange stage) => stage switch
    {
        StageOfChange.Precontemplation => "Precontemplation",
        StageOfChange.Contemplation => "Contemplation",
        StageOfChange.Preparation => "Preparation",
        StageOfChange.Action => "Action",
        StageOfChange.Maintenance => "Maintenance",
        StageOfChange.Relapse => "Relapse",
        _ => stage.ToString(),
    };

    public static string Hint(this StageOfChange stage) => stage switch
    {
        StageOfChange.Precontemplation => "Not yet thinking about changing",
        StageOfChange.Contemplation => "Thinking about change, in two minds",
        StageOfChange.Preparation => "Getting ready to change, planning",
        StageOfChange.Action => "Making the change",
        StageOfChange.Maintenance => "Keeping the change going",
        StageOfChange.Relapse => "Gone back to old behaviour",
        _ => string.Empty,
    };

    /// <summary>Each kind of change talk on its own, in the order they are usually listed.</summary>
    public static IReadOnlyList<ChangeTalk> ChangeTalkKinds { get; } =
        [ChangeTalk.Desire, ChangeTalk.Ability, ChangeTalk.Reasons, ChangeTalk.Need, ChangeTalk.Commitment, ChangeTalk.Activation, ChangeTalk.TakingSteps];

    public static string DisplayName(this ChangeTalk talk) => talk switch
    {
        ChangeTalk.None => "None heard",
        ChangeTalk.Desire => "Desire",
        ChangeTalk.Ability => "Ability",
        ChangeTalk.Reasons => "Reasons",
        ChangeTalk.Need => "Need",
        ChangeTalk.Commitment => "Commitment",
        ChangeTalk.Activation => "Activation",
        ChangeTalk.TakingSteps => "Taking steps",
        _ => string.Join(", ", ChangeTalkKinds.Where(k => talk.HasFlag(k)).Select(k => k.DisplayName())),
    };

    public static string DisplayName(this SummaryStatus status) => status switch
    {
        SummaryStatus.Draft => "Draft",
        SummaryStatus.Submitted => "Submitted",
        _ => status.ToString(),
    };

    public static string DisplayName(this SummaryNoteKind kind) => kind switch
    {
        SummaryNoteKind.Addendum => "Addendum",
        SummaryNoteKind.ManagementOversight => "Management oversight",
        _ => kind.ToString(),
    };

    /// <summary>A chapter's subject as its title starts, e.g. "Domestic abuse (perpetrator)".</summary>
    public static string ChapterName(this AllocationRole role) => role switch
    {
        AllocationRole.LeadSocialWorker => "Lead social worker",
        AllocationRole.SocialWorker => "Social worker",
        AllocationRole.FamilyPractitioner => "Family practitioner",
        AllocationRole.DomesticAbuseVictimWorker => "Domestic abuse (victim)",
        AllocationRole.DomesticAbusePerpetratorWorker => "Domestic abuse (perpetrator)",
        AllocationRole.MentalHealth => "Mental health",
        AllocationRole.SubstanceMisuse => "Substance misuse",
        AllocationRole.Psychologist => "Psychology",
        _ => role.ToString(),
    };

    /// <summary>A chapter's title: its role and the worker's initial and surname, e.g. "Domestic abuse (perpetrator) - R. Khan".</summary>
    public static string ChapterTitle(AllocationRole role, string? workerName) => $"{role.ChapterName()} - {ShortName(workerName)}";

    /// <summary>"Rashid Khan" becomes "R. Khan"; a single name stays as it is.</summary>
    public static string ShortName(string? fullName)
    {
        var parts = (fullName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => "Unknown worker",
            1 => parts[0],
            _ => $"{char.ToUpperInvariant(parts[0][0])}. {parts[^1]}",
        };
    }

    public static string ShowMonth(DateOnly month) => month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
