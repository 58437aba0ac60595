using FamilySafeguarding.Application.Common;
using FamilySafeguarding.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// The POST skeleton, written once. A form's POST validates what was typed, makes its one application call, and answers
/// with one of the outcomes of the write path:
/// <list type="bullet">
/// <item>done: the call's own answer (a notice and a redirect, see <see cref="Saved"/>);</item>
/// <item>refused by a rule (<see cref="DomainRuleException"/>) or by someone else's save in between
/// (<see cref="ConcurrencyConflictException"/>): the form again, with everything typed and the message beside its field
/// (every message, each beside its own field, when the domain reports several at once);</item>
/// <item>refused as not found or not allowed (including the domain's outright refusal, <see cref="DomainRuleException.Refusal"/>):
/// the exception goes on to <c>AppExceptionFilter</c>, which maps it to 404 or 403 (with its reason) for every request in
/// one place.</item>
/// </list>
/// The form shown again is the form's own read (the same one its GET makes), which is the access check for that answer,
/// so the POST itself checks nothing before the application service, the one gate of the write.
/// </summary>
public static class FormPosts
{
    /// <summary>Runs the POST skeleton for <paramref name="form"/>.</summary>
    /// <param name="validator">The form's validator; null for a form with nothing to type (a confirmation).</param>
    /// <param name="save">The one application call, answering with where to go next.</param>
    /// <param name="showAgain">The form again, from the form's one read.</param>
    /// <param name="fields">The form's fields: a rule's message stands beside its field when it is one of them.</param>
    /// <param name="prefix">The form's prefix in model state, for a form that shares its page (an addendum under a record).</param>
    /// <param name="ruleField">Where a rule's message stands when its field is not on the form (the error summary by default).</param>
    /// <param name="onConflict">For an edit form: shows what was saved in between beside the user's text (and takes its version).</param>
    public static async Task<IActionResult> PostFormAsync<TForm>(
        this Controller controller,
        TForm form,
        IValidator<TForm>? validator,
        Func<Task<IActionResult>> save,
        Func<Task<IActionResult>> showAgain,
        CancellationToken ct,
        IReadOnlyCollection<string>? fields = null,
        string? prefix = null,
        string? ruleField = null,
        Func<ConcurrencyConflictException, Task>? onConflict = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(showAgain);
        var modelState = controller.ModelState;
        if (validator is not null)
        {
            modelState.AddFailures(await validator.ValidateAsync(form, ct), prefix);
        }

        if (!modelState.IsValid)
        {
            return await showAgain();
        }

        try
        {
            return await save();
        }
        catch (DomainRuleException ex) when (!ex.IsRefusal)
        {
            // One rule, or several at once (DomainRuleException.Many): each message beside its field, all in the summary.
            foreach (var problem in ex.Problems)
            {
                var field = problem.Field is { } f && fields?.Contains(f) == true ? f : ruleField;
                modelState.AddModelError(Key(prefix, field), problem.Message);
            }
        }
        catch (ConcurrencyConflictException ex)
        {
            if (onConflict is null)
            {
                modelState.AddModelError(string.Empty, ex.Message);
            }
            else
            {
                // Nothing was saved: the user's text stays in the form, what was saved in between is shown beside it,
                // and the form now carries the saved version, so saving again keeps the user's text on purpose.
                await onConflict(ex);
                modelState.AddConflictError(ex);
            }
        }

        return await showAgain();
    }

    /// <summary>Done: the notice the next page shows, and a redirect there (a URL from the feature's links class).</summary>
    public static IActionResult Saved(this Controller controller, string notice, string url)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.TempData["Notice"] = notice;
        return controller.Redirect(url);
    }

    private static string Key(string? prefix, string? field) =>
        string.IsNullOrEmpty(prefix) ? field ?? string.Empty
        : string.IsNullOrEmpty(field) ? prefix
        : $"{prefix}.{field}";
}
