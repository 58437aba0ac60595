namespace FamilySafeguarding.Domain;

/// <summary>
/// A business rule refused the change. The message is written for the person using the service
/// and is shown beside the form they submitted.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(string message, string field)
        : base(message)
    {
        Field = field;
    }

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The form field the rule is about, when there is one.</summary>
    public string? Field { get; }
}
