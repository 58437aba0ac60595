using FamilySafeguarding.Application.Forms;

namespace FamilySafeguarding.Application.Auditing;

/// <summary>
/// Who is behind the current unit of work, the correlation id of the request, for stamps and the audit log, and the
/// form key of a create form's request, which the persistence layer records with what the request creates.
/// </summary>
public interface IRequestContext
{
    Guid? UserId { get; }

    string? CorrelationId { get; }

    /// <summary>The create form's key as checked, or null for a request that is not a create form's.</summary>
    SubmittedForm? Form { get; }
}
