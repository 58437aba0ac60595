using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Organisations;

/// <summary>An employing organisation: the council, or a partner agency that seconds staff into its teams.</summary>
public sealed class Organisation : TrackedEntity
{
    public const int NameMaxLength = 200;

    private Organisation()
    {
        Name = string.Empty;
        NormalizedName = string.Empty;
    }

    public Organisation(string? name, OrganisationKind kind)
        : this()
    {
        Rename(name);
        ChangeKind(kind);
    }

    public string Name { get; private set; }

    /// <summary>Upper-cased, single-spaced name; unique, so two organisations cannot share a name.</summary>
    public string NormalizedName { get; private set; }

    public OrganisationKind Kind { get; private set; }

    public void Rename(string? name)
    {
        Name = Text.Required(name, NameMaxLength, "the organisation's name", nameof(Name));
        NormalizedName = Text.Normalise(Name);
    }

    public void ChangeKind(OrganisationKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Select the kind of organisation", nameof(Kind));
        }

        Kind = kind;
    }
}
