using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;

namespace FamilySafeguarding.Domain.Supervisions;

/// <summary>
/// An action agreed at a family's group supervision: what, who is responsible, by when. It stays open until its owner
/// marks it done (with a short note and the date) or a manager cancels it (with a reason), and carries forward into
/// every pack until then. Each change is kept in its history (<see cref="ActionChange"/>). Who may do what is decided
/// by the application; the action's own rules are here.
/// </summary>
public sealed class FamilyAction : TrackedEntity
{
    public const int WhatMaxLength = 500;
    public const int NoteMaxLength = 1000;

    private readonly List<ActionChange> _history = [];

    private FamilyAction()
    {
        What = string.Empty;
    }

    internal FamilyAction(SupervisionActionLine line, Guid familyId, Guid supervisionId, Guid agreedByPersonId, DateTime now)
        : this()
    {
        Id = line.ActionId;
        FamilyId = familyId;
        SupervisionId = supervisionId;
        What = line.What;
        OwnerPersonId = line.OwnerPersonId!.Value;
        DueOn = line.DueOn!.Value;
        State = ActionState.Open;
        _history.Add(new ActionChange(Id, ActionChangeKind.Agreed, agreedByPersonId, now, OwnerPersonId, DueOn, null));
    }

    public Guid FamilyId { get; private set; }

    /// <summary>The supervision that agreed it.</summary>
    public Guid SupervisionId { get; private set; }

    public string What { get; private set; }

    public Guid OwnerPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="OwnerPersonId"/> is the record.</summary>
    public Person? Owner { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ActionState State { get; private set; }

    /// <summary>The day it was done, or cancelled.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>When it was marked done or cancelled.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The owner's note on what was done, or the manager's reason for cancelling.</summary>
    public string? ClosingNote { get; private set; }

    public IReadOnlyCollection<ActionChange> History => _history.AsReadOnly();

    public bool IsOpen => State == ActionState.Open;

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>The owner marks the action done on a day (not in the future), with a short note.</summary>
    public void MarkDone(Guid actorPersonId, DateOnly doneOn, string? note, DateOnly today, DateTime now)
    {
        EnsureOpen();
        if (actorPersonId != OwnerPersonId)
        {
            throw new DomainRuleException("Only the person responsible for the action can mark it done");
        }

        Dates.NotInFuture(doneOn, today, "The date it was done", "DoneOn");
        var text = Text.Required(note, NoteMaxLength, "a short note on what was done", "Note");
        Close(ActionState.Done, ActionChangeKind.Done, actorPersonId, doneOn, text, now);
    }

    /// <summary>A manager cancels the action, with a reason.</summary>
    public void Cancel(Guid actorPersonId, string? reason, DateOnly today, DateTime now)
    {
        EnsureOpen();
        var text = Text.Required(reason, NoteMaxLength, "why the action is cancelled", "Reason");
        Close(ActionState.Cancelled, ActionChangeKind.Cancelled, actorPersonId, today, text, now);
    }

    /// <summary>A manager gives the action to someone else or moves its due date; each change is kept in the history.</summary>
    public void Change(Guid actorPersonId, Guid ownerPersonId, DateOnly dueOn, string? reason, DateTime now)
    {
        EnsureOpen();
        if (ownerPersonId == Guid.Empty)
        {
            throw new DomainRuleException("Select who is responsible for the action", nameof(OwnerPersonId));
        }

        var note = Text.Optional(reason, NoteMaxLength, "the reason", "Reason");
        if (ownerPersonId == OwnerPersonId && dueOn == DueOn)
        {
            throw new DomainRuleException("Change the person responsible or the due date", nameof(OwnerPersonId));
        }

        if (ownerPersonId != OwnerPersonId)
        {
            OwnerPersonId = ownerPersonId;
            _history.Add(new ActionChange(Id, ActionChangeKind.Reassigned, actorPersonId, now, OwnerPersonId, DueOn, note));
        }

        if (dueOn != DueOn)
        {
            DueOn = dueOn;
            _history.Add(new ActionChange(Id, ActionChangeKind.DueDateChanged, actorPersonId, now, OwnerPersonId, DueOn, note));
        }
    }

    private void Close(ActionState state, ActionChangeKind kind, Guid actorPersonId, DateOnly on, string note, DateTime now)
    {
        State = state;
        ClosedOn = on;
        ClosedAt = now;
        ClosingNote = note;
        _history.Add(new ActionChange(Id, kind, actorPersonId, now, OwnerPersonId, DueOn, note));
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"This action is already {State.DisplayName().ToLowerInvariant()}");
        }
    }
}

/// <summary>One change in an action's history: who, when, what, and the owner and due date after it.</summary>
public sealed class ActionChange
{
    private ActionChange()
    {
    }

    internal ActionChange(Guid actionId, ActionChangeKind kind, Guid byPersonId, DateTime at, Guid ownerPersonId, DateOnly dueOn, string? note)
    {
        ActionId = actionId;
        Kind = kind;
        ByPersonId = byPersonId;
        At = at;
        OwnerPersonId = ownerPersonId;
        DueOn = dueOn;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ActionId { get; private set; }

    public ActionChangeKind Kind { get; private set; }

    public Guid ByPersonId { get; private set; }

    /// <summary>For queries only (EF joins the person's name through it): domain code never sets or relies on it; <see cref="ByPersonId"/> is the record.</summary>
    public Person? ByPerson { get; private set; }

    public DateTime At { get; private set; }

    public Guid OwnerPersonId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? Note { get; private set; }
}
