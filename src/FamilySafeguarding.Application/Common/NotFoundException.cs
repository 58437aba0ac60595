namespace FamilySafeguarding.Application.Common;

/// <summary>The record does not exist, or the person asking may not know that it does. Shown as "Page not found".</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("The record was not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
