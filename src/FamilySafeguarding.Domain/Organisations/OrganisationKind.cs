namespace FamilySafeguarding.Domain.Organisations;

/// <summary>What kind of body employs a person: the council itself or one of its partner agencies.</summary>
public enum OrganisationKind
{
    Council = 1,
    NhsTrust = 2,
    ProbationService = 3,
    SubstanceMisuseService = 4,
    DomesticAbuseCharity = 5,
    Police = 6,
    Other = 99,
}

public static class OrganisationKinds
{
    public static IReadOnlyList<OrganisationKind> All { get; } = Enum.GetValues<OrganisationKind>();

    public static string DisplayName(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Council => "Council",
        OrganisationKind.NhsTrust => "NHS trust",
        OrganisationKind.ProbationService => "Probation service",
        OrganisationKind.SubstanceMisuseService => "Substance misuse service",
        OrganisationKind.DomesticAbuseCharity => "Domestic abuse charity",
        OrganisationKind.Police => "Police",
        OrganisationKind.Other => "Other",
        _ => kind.ToString(),
    };
}
