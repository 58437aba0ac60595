namespace FamilySafeguarding.Domain;

/// <summary>
/// The domain refuses the change outright, whatever the form says: the record can no longer change (a submitted summary,
/// a signed-off or cancelled supervision) or it is not this person's to change (someone else's chapter or event). It is
/// the domain's invariant, so the domain says it; the web layer shows it as 403 with this message, because no form can
/// put it right. A refusal a form can put right is a <see cref="DomainRuleException"/>.
/// </summary>
public sealed class ChangeRefusedException : Exception
{
    public ChangeRefusedException(string message)
        : base(message)
    {
    }

    public ChangeRefusedException()
    {
    }

    public ChangeRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
