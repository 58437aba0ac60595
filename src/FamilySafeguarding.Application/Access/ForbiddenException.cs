namespace FamilySafeguarding.Application.Access;

/// <summary>The actor may see the record but is not allowed to make this change. Shown as 403.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : base("You do not have permission to do this.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
