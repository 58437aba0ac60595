using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Teams;

/// <summary>A multi-disciplinary team in a service. Its members are held as memberships on each person.</summary>
public sealed class Team : TrackedEntity
{
    public const int NameMaxLength = 120;
    public const int LocalityMaxLength = 120;

    private Team()
    {
        Name = string.Empty;
        NormalizedName = string.Empty;
        Locality = string.Empty;
    }

    public Team(Guid serviceId, string? name, string? locality)
        : this()
    {
        ServiceId = serviceId;
        Update(name, locality);
    }

    public Guid ServiceId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Upper-cased, single-spaced name; unique within the service.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>The locality or office the team works from.</summary>
    public string Locality { get; private set; }

    public void Update(string? name, string? locality)
    {
        Name = Text.Required(name, NameMaxLength, "the team's name", nameof(Name));
        NormalizedName = Text.Normalise(Name);
        Locality = Text.Required(locality, LocalityMaxLength, "the team's locality or office", nameof(Locality));
    }

    public static string NormaliseName(string name) => Text.Normalise(name);
}
