namespace FamilySafeguarding.Web.Features.Errors;

/// <summary>The 403 page: why this person may not do this (a sentence written for them, never personal data) and the request's reference.</summary>
public sealed record ForbiddenModel(string Reason, string Reference)
{
    /// <summary>Where a refusal by a named policy leaves its reason for the re-executed status-code page.</summary>
    public const string ReasonKey = "FamilySafeguarding.ForbiddenReason";

    /// <summary>For a 403 whose cause left no reason (a refusal outside the application's own checks).</summary>
    public const string GenericReason = "Your role does not allow you to use this page.";
}
