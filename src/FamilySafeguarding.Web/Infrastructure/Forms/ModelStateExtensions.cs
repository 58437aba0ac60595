using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

public static partial class ModelStateExtensions
{
    /// <summary>Validates a form with its FluentValidation validator and copies every failure into model state, keyed by field.</summary>
    public static async Task<bool> ValidateAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T form, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        modelState.AddFailures(result);
        return modelState.IsValid;
    }

    public static void AddFailures(this ModelStateDictionary modelState, ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            // A date's parts ("StartDate.Day") report against the date as a whole; any other part of a form (a list
            // item's field, "Adults[0].Importance") keeps its own key, so its message shows beside that field.
            var key = DatePart().Replace(failure.PropertyName, string.Empty);
            if (modelState[key]?.Errors.Any(e => e.ErrorMessage == failure.ErrorMessage) != true)
            {
                modelState.AddModelError(key, failure.ErrorMessage);
            }
        }
    }

    /// <summary>A business rule's refusal, beside the field it is about (or at the top of the form).</summary>
    public static void AddRuleError(this ModelStateDictionary modelState, DomainRuleException ex, params string[] fieldsOnForm)
    {
        var key = ex.Field is { } field && fieldsOnForm.Contains(field) ? field : string.Empty;
        modelState.AddModelError(key, ex.Message);
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
        catch (DomainRuleException ex)
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
