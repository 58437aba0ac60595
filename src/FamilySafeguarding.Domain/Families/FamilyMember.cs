using FamilySafeguarding.Domain.Common;

namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// A child or adult in a family. Children carry legal-status episodes; adults carry the worries the model exists for.
/// An unborn child has an expected date of delivery instead of a date of birth.
/// </summary>
public sealed class FamilyMember : TrackedEntity, IFamilyPart
{
    public const int NameMaxLength = 200;
    public const int PreferredNameMaxLength = 100;
    public const int SearchNameMaxLength = NameMaxLength + PreferredNameMaxLength + 1;
    public const int EthnicityMaxLength = 100;
    public const int LanguageMaxLength = 100;
    public const int SchoolMaxLength = 200;

    /// <summary>A pregnancy lasts at most about 42 weeks, so a due date further ahead is a typing mistake.</summary>
    public const int MaxWeeksToDueDate = 42;

    private readonly List<AdultWorry> _worries = [];
    private readonly List<LegalStatusEpisode> _legalStatuses = [];

    private FamilyMember()
    {
        FullName = string.Empty;
    }

    internal FamilyMember(Guid familyId, MemberDetails details, DateOnly today)
    {
        FamilyId = familyId;
        FullName = string.Empty;
        Update(details, today);
    }

    public Guid FamilyId { get; private set; }

    public string FullName { get; private set; }

    public string? PreferredName { get; private set; }

    /// <summary>Full and preferred names in the form search compares (upper case, single spaces).</summary>
    public string SearchName { get; private set; } = string.Empty;

    public DateOnly? DateOfBirth { get; private set; }

    public DateOnly? ExpectedDateOfDelivery { get; private set; }

    public Gender Gender { get; private set; }

    public string? Ethnicity { get; private set; }

    public string? FirstLanguage { get; private set; }

    public bool InterpreterNeeded { get; private set; }

    public string? NhsNumber { get; private set; }

    public string? School { get; private set; }

    public bool LivesInHousehold { get; private set; }

    public FamilyRole Role { get; private set; }

    public bool IsChild => Role == FamilyRole.Child;

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfDelivery is not null;

    public string KnownAs => PreferredName ?? FullName;

    public IReadOnlyCollection<AdultWorry> Worries => _worries.AsReadOnly();

    public IReadOnlyCollection<LegalStatusEpisode> LegalStatuses => _legalStatuses.AsReadOnly();

    internal void Update(MemberDetails details, DateOnly today)
    {
        if (!Enum.IsDefined(details.Role))
        {
            throw new DomainRuleException("Select the person's role in the family", nameof(Role));
        }

        if (!Enum.IsDefined(details.Gender))
        {
            throw new DomainRuleException("Select the person's gender", nameof(Gender));
        }

        var name = Text.Required(details.FullName, NameMaxLength, "the person's full name", nameof(FullName));
        var preferred = Text.Optional(details.PreferredName, PreferredNameMaxLength, "the preferred name", nameof(PreferredName));
        var ethnicity = Text.Optional(details.Ethnicity, EthnicityMaxLength, "the ethnicity", nameof(Ethnicity));
        var language = Text.Optional(details.FirstLanguage, LanguageMaxLength, "the first language", nameof(FirstLanguage));
        var school = Text.Optional(details.School, SchoolMaxLength, "the school", nameof(School));
        CheckDates(details, today);

        string? nhsNumber = null;
        if (!string.IsNullOrWhiteSpace(details.NhsNumber))
        {
            nhsNumber = Families.NhsNumber.Normalise(details.NhsNumber)
                ?? throw new DomainRuleException("Enter a valid NHS number: 10 digits, like 943 476 5919, whose last digit is its check digit", nameof(NhsNumber));
        }

        if (details.Role != FamilyRole.Child && _legalStatuses.Count > 0)
        {
            throw new DomainRuleException($"{FullName} has legal-status history as a child, so their role must stay Child", nameof(Role));
        }

        if (details.Role == FamilyRole.Child && _worries.Count > 0)
        {
            throw new DomainRuleException($"{FullName} has worries recorded as an adult, so their role cannot be Child", nameof(Role));
        }

        FullName = name;
        PreferredName = preferred;
        SearchName = Text.Normalise(preferred is null ? name : $"{name} {preferred}");
        DateOfBirth = details.DateOfBirth;
        ExpectedDateOfDelivery = details.DateOfBirth is null ? details.ExpectedDateOfDelivery : null;
        Gender = details.Gender;
        Ethnicity = ethnicity;
        FirstLanguage = language;
        InterpreterNeeded = details.InterpreterNeeded;
        NhsNumber = nhsNumber;
        School = school;
        LivesInHousehold = details.LivesInHousehold;
        Role = details.Role;
    }

    internal AdultWorry AddWorry(WorryKind kind, DateOnly identifiedOn, DateOnly today)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Select the worry", "Kind");
        }

        if (IsChild)
        {
            throw new DomainRuleException("Worries are recorded for the adults in the family, not the children", "Kind");
        }

        Dates.NotInFuture(identifiedOn, today, "The date it was identified", "IdentifiedOn");
        if (_worries.FirstOrDefault(w => w.Kind == kind && w.EndedOn is null) is { } open)
        {
            throw new DomainRuleException($"{FullName} already has {kind.DisplayName().ToLowerInvariant()} recorded since {Dates.Show(open.IdentifiedOn)}. End that first", "Kind");
        }

        if (_worries.FirstOrDefault(w => w.Kind == kind && w.EndedOn > identifiedOn) is { } later)
        {
            throw new DomainRuleException($"That would overlap the {kind.DisplayName().ToLowerInvariant()} recorded from {Dates.Show(later.IdentifiedOn)} to {Dates.Show(later.EndedOn!.Value)}", "IdentifiedOn");
        }

        var worry = new AdultWorry(FamilyId, Id, kind, identifiedOn);
        _worries.Add(worry);
        return worry;
    }

    internal void EndWorry(Guid worryId, DateOnly endedOn, DateOnly today)
    {
        var worry = _worries.SingleOrDefault(w => w.Id == worryId) ?? throw new DomainRuleException("That worry is no longer recorded");
        if (worry.EndedOn is { } ended)
        {
            throw new DomainRuleException($"This worry already ended on {Dates.Show(ended)}", "EndedOn");
        }

        Dates.NotInFuture(endedOn, today, "The date it ended", "EndedOn");
        if (endedOn < worry.IdentifiedOn)
        {
            throw new DomainRuleException($"The date it ended must be on or after the date it was identified, {Dates.Show(worry.IdentifiedOn)}", "EndedOn");
        }

        worry.End(endedOn);
    }

    internal LegalStatusEpisode StartLegalStatus(LegalStatusKind kind, DateOnly startDate, ChildProtectionCategory? category, DateOnly today)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Select the legal status", "Kind");
        }

        if (!IsChild)
        {
            throw new DomainRuleException("Legal statuses are recorded for children only", "Kind");
        }

        Dates.NotInFuture(startDate, today, "The start date", "StartDate");
        if (kind == LegalStatusKind.ChildProtectionPlan)
        {
            if (category is null || !Enum.IsDefined(category.Value))
            {
                throw new DomainRuleException("Select the category of the Child Protection plan", "Category");
            }
        }
        else
        {
            category = null;
        }

        if (_legalStatuses.FirstOrDefault(e => e.Kind == kind && e.Overlaps(startDate, null)) is { } same)
        {
            throw new DomainRuleException(
                same.EndDate is null
                    ? $"{KnownAs} is already on a {kind.DisplayName()} from {Dates.Show(same.StartDate)}"
                    : $"That would overlap {KnownAs}'s {kind.DisplayName()} from {Dates.Show(same.StartDate)} to {Dates.Show(same.EndDate.Value)}",
                "StartDate");
        }

        var escalatedFrom = EscalatedFrom.None;
        switch (kind)
        {
            case LegalStatusKind.ChildInNeedPlan:
                if (_legalStatuses.FirstOrDefault(e => e.Kind == LegalStatusKind.ChildProtectionPlan && e.Overlaps(startDate, null)) is { } plan)
                {
                    throw new DomainRuleException(
                        $"A child cannot be on a Child in Need plan and a Child Protection plan at once. {KnownAs}'s Child Protection plan from {Dates.Show(plan.StartDate)} "
                        + (plan.EndDate is null ? "is still open: end it first (for example, stepped down to Child in Need)" : $"runs to {Dates.Show(plan.EndDate.Value)}"),
                        "Kind");
                }

                break;
            case LegalStatusKind.ChildProtectionPlan:
                var overlappingCin = _legalStatuses.Where(e => e.Kind == LegalStatusKind.ChildInNeedPlan && e.Overlaps(startDate, null)).ToList();
                if (overlappingCin.FirstOrDefault(e => e.EndDate is not null || e.StartDate > startDate) is { } clash)
                {
                    throw new DomainRuleException(
                        $"A child cannot be on a Child in Need plan and a Child Protection plan at once, and this plan would overlap {KnownAs}'s Child in Need plan from {Dates.Show(clash.StartDate)}",
                        "StartDate");
                }

                if (overlappingCin.SingleOrDefault() is { } openCin)
                {
                    openCin.End(startDate, EpisodeEndReason.EscalatedToChildProtection);
                    escalatedFrom = EscalatedFrom.ChildInNeed;
                }

                break;
            default:
                escalatedFrom = OpenOn(LegalStatusKind.ChildProtectionPlan, startDate) ? EscalatedFrom.ChildProtection
                    : OpenOn(LegalStatusKind.ChildInNeedPlan, startDate) ? EscalatedFrom.ChildInNeed
                    : EscalatedFrom.None;
                break;
        }

        var episode = new LegalStatusEpisode(FamilyId, Id, kind, category, startDate, escalatedFrom);
        _legalStatuses.Add(episode);
        return episode;
    }

    internal void EndLegalStatus(Guid episodeId, DateOnly endDate, EpisodeEndReason reason, DateOnly today)
    {
        var episode = _legalStatuses.SingleOrDefault(e => e.Id == episodeId) ?? throw new DomainRuleException("That legal status is no longer recorded");
        if (!FamilyNames.ChoosableEndReasons.Contains(reason))
        {
            throw new DomainRuleException("Select why the episode ended", "Reason");
        }

        if (episode.EndDate is { } ended)
        {
            throw new DomainRuleException($"This {episode.Kind.DisplayName()} already ended on {Dates.Show(ended)}", "EndDate");
        }

        Dates.NotInFuture(endDate, today, "The end date", "EndDate");
        if (endDate < episode.StartDate)
        {
            throw new DomainRuleException($"The end date must be on or after the start date, {Dates.Show(episode.StartDate)}", "EndDate");
        }

        episode.End(endDate, reason);
    }

    /// <summary>Ends every open episode when the family's case closes, as a transfer to a children-in-care team allows.</summary>
    internal void EndOpenLegalStatuses(DateOnly endDate)
    {
        foreach (var episode in _legalStatuses.Where(e => e.EndDate is null))
        {
            episode.End(endDate, EpisodeEndReason.FamilyClosed);
        }
    }

    public bool OpenOn(LegalStatusKind kind, DateOnly day) => _legalStatuses.Any(e => e.Kind == kind && e.IsOpenOn(day));

    private static void CheckDates(MemberDetails details, DateOnly today)
    {
        if (details.DateOfBirth is { } born)
        {
            Dates.NotInFuture(born, today, "The date of birth", nameof(DateOfBirth));
            if (born.Year < 1900)
            {
                throw new DomainRuleException("The date of birth must be after 1900", nameof(DateOfBirth));
            }

            if (details.ExpectedDateOfDelivery is not null)
            {
                throw new DomainRuleException("Enter a date of birth or an expected date of delivery, not both", nameof(ExpectedDateOfDelivery));
            }
        }

        if (details.ExpectedDateOfDelivery is { } due && details.DateOfBirth is null)
        {
            if (details.Role != FamilyRole.Child)
            {
                throw new DomainRuleException("An expected date of delivery is for an unborn child: select Child as the role", nameof(Role));
            }

            if (due > today.AddDays(MaxWeeksToDueDate * 7))
            {
                throw new DomainRuleException($"The expected date of delivery must be within {MaxWeeksToDueDate} weeks from today", nameof(ExpectedDateOfDelivery));
            }

            if (due < today.AddYears(-1))
            {
                throw new DomainRuleException("The expected date of delivery is more than a year ago: enter the date of birth instead", nameof(ExpectedDateOfDelivery));
            }
        }

        if (details.Role == FamilyRole.Child && details.DateOfBirth is null && details.ExpectedDateOfDelivery is null)
        {
            throw new DomainRuleException("Enter the child's date of birth, or the expected date of delivery if the baby is not born yet", nameof(DateOfBirth));
        }
    }
}

/// <summary>What a worker records about a family member.</summary>
public sealed record MemberDetails
{
    public required string? FullName { get; init; }

    public string? PreferredName { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public DateOnly? ExpectedDateOfDelivery { get; init; }

    public required Gender Gender { get; init; }

    public string? Ethnicity { get; init; }

    public string? FirstLanguage { get; init; }

    public bool InterpreterNeeded { get; init; }

    public string? NhsNumber { get; init; }

    public string? School { get; init; }

    public required bool LivesInHousehold { get; init; }

    public required FamilyRole Role { get; init; }
}
