namespace FamilySafeguarding.Application.Forms;

/// <summary>
/// The key the server issued with one showing of a create form: who it was shown to, the form's path, and a random
/// nonce. Never an entity's id. A form sent twice, or twenty times at once, carries the same key, so it creates once.
/// </summary>
public sealed record FormKey(Guid UserId, string Form, Guid Nonce);

/// <summary>
/// The form key a create request carries, as the web checked it: <see cref="Key"/> is null when it was missing, tampered
/// with, or issued to someone else or for another form. The persistence layer records the key with the request's first
/// save that writes a record, in the same transaction, and refuses that save when the key was refused.
/// </summary>
public sealed class SubmittedForm(FormKey? key)
{
    public FormKey? Key { get; } = key;

    /// <summary>This request's save committed the key (and what it created).</summary>
    public bool IsRecorded { get; private set; }

    public void MarkRecorded() => IsRecorded = true;
}

/// <summary>A create form's save was attempted without a valid form key: nothing is saved, and the request is answered 400.</summary>
public sealed class FormKeyRefusedException() : Exception("The form key was missing or not valid for this user and form.");
