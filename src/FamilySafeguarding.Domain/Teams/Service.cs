using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Teams;

/// <summary>A Family Safeguarding service (for example "Family Safeguarding Service, West"), led by a service manager, holding teams.</summary>
public sealed class Service : TrackedEntity
{
    public const int NameMaxLength = 200;

    private Service()
    {
        Name = string.Empty;
        NormalizedName = string.Empty;
    }

    public Service(string? name, Guid? serviceManagerId)
        : this()
    {
        Rename(name);
        ServiceManagerId = serviceManagerId;
    }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; }

    /// <summary>The person who manages the service and may change its teams and people.</summary>
    public Guid? ServiceManagerId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="ServiceManagerId"/> is the record.</summary>
    public Person? ServiceManager { get; private set; }

    public void Rename(string? name)
    {
        Name = Text.Required(name, NameMaxLength, "the service's name", nameof(Name));
        NormalizedName = Text.Normalise(Name);
    }

    public void AppointManager(Guid? serviceManagerId) => ServiceManagerId = serviceManagerId;
}
