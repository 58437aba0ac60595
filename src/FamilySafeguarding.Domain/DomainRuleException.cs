namespace FamilySafeguarding.Domain;

/// <summary>
/// A business rule refused the change. The message is written for the person using the service and is shown beside
/// the form they submitted; a <see cref="Refusal"/> (the record can no longer change, or it is not this person's to
/// change) is no form's to put right, so it is shown as 403 with the message as its reason.
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

    /// <summary>Whether the change is refused outright, whatever the form says (shown as 403, not beside a field).</summary>
    public bool IsRefusal { get; private init; }

    /// <summary>The domain refuses the change outright: a submitted summary, a signed-off or cancelled supervision, someone else's chapter or event.</summary>
    public static DomainRuleException Refusal(string message) => new(message) { IsRefusal = true };
}
