namespace FamilySafeguarding.Domain;

/// <summary>
/// A business rule refused the change. The message is written for the person using the service and is shown beside
/// the form they submitted; a <see cref="Refusal"/> (the record can no longer change, or it is not this person's to
/// change) is no form's to put right, so it is shown as 403 with the message as its reason. A change breaking several
/// rules at once (<see cref="Many"/>) carries them all, so the form shows every one together.
/// </summary>
public sealed class DomainRuleException : Exception
{
    private readonly IReadOnlyList<DomainRuleProblem>? _problems;

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

    private DomainRuleException(IReadOnlyList<DomainRuleProblem> problems)
        : base(problems[0].Message)
    {
        Field = problems[0].Field;
        _problems = problems;
    }

    /// <summary>The form field the rule is about, when there is one.</summary>
    public string? Field { get; }

    /// <summary>
    /// Every rule the change breaks, each with its field (when there is one) and message: just this one for a single
    /// rule, all of them for <see cref="Many"/>. <see cref="Exception.Message"/> and <see cref="Field"/> are the first.
    /// </summary>
    public IReadOnlyList<DomainRuleProblem> Problems => _problems ?? [new DomainRuleProblem(Field, Message)];

    /// <summary>Whether the change is refused outright, whatever the form says (shown as 403, not beside a field).</summary>
    public bool IsRefusal { get; private init; }

    /// <summary>The domain refuses the change outright: a submitted summary, a signed-off or cancelled supervision, someone else's chapter or event.</summary>
    public static DomainRuleException Refusal(string message) => new(message) { IsRefusal = true };

    /// <summary>Several rules broken at once (a sign-off with several parts missing), so the form can show them all together; one is a plain rule.</summary>
    public static DomainRuleException Many(IEnumerable<DomainRuleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var all = problems.ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        return all.Count > 1 ? new DomainRuleException(all)
            : all[0].Field is { } field ? new DomainRuleException(all[0].Message, field)
            : new DomainRuleException(all[0].Message);
    }
}

/// <summary>One broken rule: the form field it is about (when there is one) and its message.</summary>
public sealed record DomainRuleProblem(string? Field, string Message);
