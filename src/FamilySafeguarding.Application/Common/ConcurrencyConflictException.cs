namespace FamilySafeguarding.Application.Common;

/// <summary>
/// Someone else saved the same record after the user opened it. Nothing was saved; the form is shown again
/// with the user's own values kept and the other person's saved values beside them.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("Someone else changed this record after you opened it.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
