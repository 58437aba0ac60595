namespace FamilySafeguarding.Application.Forms;

/// <summary>
/// A create form's key, recorded in the same transaction as what the form created, so the two commit together or not
/// at all; <see cref="Outcome"/> is where the request that created it redirected, so a repeat is answered the same way.
/// Written by the persistence layer and the web filter only, never by a use case.
/// </summary>
public sealed class FormSubmission
{
    public const int FormMaxLength = 400;
    public const int OutcomeMaxLength = 2000;

    public FormSubmission(Guid userId, string form, Guid nonce, DateTime createdAt)
    {
        UserId = userId;
        Form = form;
        Nonce = nonce;
        CreatedAt = createdAt;
    }

    public Guid UserId { get; private set; }

    /// <summary>The form's path, lower case (<c>/families/{id}/members/new</c>).</summary>
    public string Form { get; private set; }

    public Guid Nonce { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The redirect the winning request answered with; null until it has answered.</summary>
    public string? Outcome { get; private set; }

    public bool Holds(FormKey key) => UserId == key.UserId && Form == key.Form && Nonce == key.Nonce;
}
