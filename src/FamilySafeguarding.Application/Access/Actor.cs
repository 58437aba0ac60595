using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Application.Access;

/// <summary>The signed-in person a use case acts for: their account, the post they hold and its job role.</summary>
public sealed record Actor(Guid UserId, Guid PersonId, JobRole Role)
{
    public bool IsAdministrator => Role == JobRole.Administrator;

    public bool IsServiceManager => Role == JobRole.ServiceManager;
}
