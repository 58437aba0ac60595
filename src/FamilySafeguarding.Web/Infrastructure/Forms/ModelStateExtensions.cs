using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FluentValidation;
using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

public static partial class ModelStateExtensions
{
    /// <summary>
    /// Validates a form with its FluentValidation validator and copies every failure into model state, keyed by field
    /// (FluentValidation.AspNetCore's <c>AddToModelState</c>, after <see cref="ForTheForm"/>).
    /// </summary>
    public static async Task<bool> ValidateAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T form, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        modelState.AddFailures(result);
        return modelState.IsValid;
    }

    public static void AddFailures(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null) =>
        ForTheForm(result, modelState, prefix).AddToModelState(modelState, prefix);

    /// <summary>
    /// The failures as the form shows them: a date's parts ("StartDate.Day") report against the date as a whole, and a
    /// message is shown once per field, however many rules (or parts of a date) gave it and whatever model state already
    /// holds. Any other part of a form (a list item's field, "Adults[0].Importance") keeps its own key, so its message shows
    /// beside that field.
    /// </summary>
    private static ValidationResult ForTheForm(ValidationResult result, ModelStateDictionary modelState, string? prefix)
    {
        var failures = new List<ValidationFailure>();
        foreach (var failure in result.Errors)
        {
            var property = DatePart().Replace(failure.PropertyName, string.Empty);
            var key = string.IsNullOrEmpty(prefix) ? property : string.IsNullOrEmpty(property) ? prefix : $"{prefix}.{property}";
            var shown = modelState[key]?.Errors.Any(e => e.ErrorMessage == failure.ErrorMessage) == true
                || failures.Exists(f => f.PropertyName == property && f.ErrorMessage == failure.ErrorMessage);
            if (!shown)
            {
                failures.Add(new ValidationFailure(property, failure.ErrorMessage, failure.AttemptedValue));
            }
        }

        return new ValidationResult(failures);
    }

    /// <summary>A business rule's refusal, beside the field it is about (or at the top of the form).</summary>
    public static void AddRuleError(this ModelStateDictionary modelState, DomainRuleException ex, params string[] fieldsOnForm)
    {
        ArgumentNullException.ThrowIfNull(ex);
        foreach (var problem in ex.Problems)
        {
            var key = problem.Field is { } field && fieldsOnForm.Contains(field) ? field : string.Empty;
            modelState.AddModelError(key, problem.Message);
        }
    }

    /// <summary>Someone else saved first: nothing was saved, the user's values stay in the form, theirs are shown beside it.</summary>
    /// <summary>
    /// Runs a use case that adds to a record. A rule it refuses becomes an error beside its field, and a save that
    /// clashed with someone else's becomes a summary error; either way false, so the form is shown again as typed.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this ModelStateDictionary modelState, Func<Task> save, params string[] fieldsOnForm)
    {
        try
        {
            await save();
            return true;
        }
        catch (DomainRuleException ex) when (!ex.IsRefusal)
        {
            modelState.AddRuleError(ex, fieldsOnForm);
        }
        catch (ConcurrencyConflictException ex)
        {
            modelState.AddModelError(string.Empty, ex.Message);
        }

        return false;
    }

    public static void AddConflictError(this ModelStateDictionary modelState, ConcurrencyConflictException ex) =>
        modelState.AddModelError(string.Empty, ex.Message + " Your changes have not been saved. Check their version below, then save again to keep yours.");

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(Day|Month|Year)$")]
    private static partial System.Text.RegularExpressions.Regex DatePart();
}
