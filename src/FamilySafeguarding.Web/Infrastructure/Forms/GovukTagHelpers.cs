using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// The GOV.UK error summary: "There is a problem", then each error linking to its field. Renders nothing when the
/// form has no errors. The link target is the field's id, which is the field's name (see <see cref="GovukField"/>).
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        // In the order of the fields on the form (the form model declares its properties in that order), form-level errors
        // first; a row's field ("Actions[1].DueOn") stands where its list does.
        var fieldOrder = ViewContext.ViewData.ModelMetadata.Properties.Select(p => p.PropertyName).ToList();
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .OrderBy(e => e.Key.Length == 0 ? -1 : fieldOrder.IndexOf(e.Key) is var i and >= 0 ? i : fieldOrder.IndexOf(Root(e.Key)) is var r and >= 0 ? r : int.MaxValue)
            .SelectMany(e => e.Value!.Errors.Select(error => (Key: e.Key, error.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var encoder = HtmlEncoder.Default;
        var items = string.Concat(errors.Select(e => e.Key.Length == 0
            ? $"<li>{encoder.Encode(e.ErrorMessage)}</li>"
            : $"<li><a href=\"#{encoder.Encode(GovukField.IdFor(e.Key))}\">{encoder.Encode(e.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
            + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">"
            + $"<ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div></div>");
        ViewContext.ViewData["HasErrors"] = true;
    }

    private static string Root(string key) => key.Split('[', '.')[0];
}

/// <summary>What the field tag helpers share: name, id, current value, error message, label and hint markup.</summary>
public abstract class GovukField : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>Extra classes for the control, for example "govuk-input--width-10".</summary>
    public string? ControlClass { get; set; }

    /// <summary>Makes the label or legend the page's h1 (one-question pages).</summary>
    public bool IsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected static HtmlEncoder Encoder => HtmlEncoder.Default;

    protected string Name => For.Name;

    protected string Id => IdFor(Name);

    protected string HintId => Id + "-hint";

    protected string ErrorId => Id + "-error";

    protected string? Error =>
        ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string IdFor(string name) => name.Replace('.', '-').Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal);

    protected string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    protected string FormGroupClass => Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    protected string HintHtml => Hint is null ? string.Empty : $"<div id=\"{HintId}\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>";

    protected string ErrorHtml => Error is null ? string.Empty
        : $"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(Error)}</p>";

    protected string DescribedByAttribute => DescribedBy is { } ids ? $" aria-describedby=\"{ids}\"" : string.Empty;

    /// <summary>The value to show: what was posted when the form is shown again, otherwise the model's value.</summary>
    protected string? CurrentValue =>
        For.Model is { } model ? Format(model)
        : ViewContext.ModelState.TryGetValue(Name, out var entry) ? entry.AttemptedValue : null;

    protected static string? Format(object value) => value switch
    {
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    protected string LabelHtml(string forId, string extraClass = "")
    {
        var label = $"<label class=\"govuk-label{(IsPageHeading ? " govuk-label--l" : string.Empty)}{extraClass}\" for=\"{forId}\">{Encoder.Encode(Label)}</label>";
        return IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string LegendHtml(string size = "m") => IsPageHeading
        ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{Encoder.Encode(Label)}</h1></legend>"
        : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{size}\">{Encoder.Encode(Label)}</legend>";
}

/// <summary>A GOV.UK text input with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukField
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? InputMode { get; set; }

    public bool Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", FormGroupClass);
        var classes = $"govuk-input{(ControlClass is null ? string.Empty : " " + ControlClass)}{(Error is null ? string.Empty : " govuk-input--error")}";
        // A password is never written back into the page, not even the attempted value of a form shown again with errors.
        var value = CurrentValue is { } v && !string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase) ? $" value=\"{Encoder.Encode(v)}\"" : string.Empty;
        var autocomplete = Autocomplete is null ? string.Empty : $" autocomplete=\"{Autocomplete}\"";
        var inputMode = InputMode is null ? string.Empty : $" inputmode=\"{InputMode}\"";
        output.Content.SetHtmlContent(
            LabelHtml(Id) + HintHtml + ErrorHtml
            + $"<input class=\"{classes}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\" type=\"{Type}\"{value}{autocomplete}{inputMode} spellcheck=\"{(Spellcheck ? "true" : "false")}\"{DescribedByAttribute}>");
    }
}

/// <summary>A GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukField
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", FormGroupClass);
        var classes = $"govuk-textarea{(Error is null ? string.Empty : " govuk-textarea--error")}";
        output.Content.SetHtmlContent(
            LabelHtml(Id) + HintHtml + ErrorHtml
            + $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\" rows=\"{Rows}\"{DescribedByAttribute}>{Encoder.Encode(CurrentValue ?? string.Empty)}</textarea>");
    }
}

/// <summary>A GOV.UK select. Options come from <see cref="Items"/>; an empty first option is added when <see cref="Placeholder"/> is set.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukField
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", FormGroupClass);
        var current = CurrentValue;
        var classes = $"govuk-select{(ControlClass is null ? string.Empty : " " + ControlClass)}{(Error is null ? string.Empty : " govuk-select--error")}";
        var options = new System.Text.StringBuilder();
        if (Placeholder is not null)
        {
            options.Append($"<option value=\"\">{Encoder.Encode(Placeholder)}</option>");
        }

        foreach (var group in Items.GroupBy(i => i.Group?.Name))
        {
            if (group.Key is not null)
            {
                options.Append($"<optgroup label=\"{Encoder.Encode(group.Key)}\">");
            }

            foreach (var item in group)
            {
                var selected = string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty;
                options.Append($"<option value=\"{Encoder.Encode(item.Value)}\"{selected}>{Encoder.Encode(item.Text)}</option>");
            }

            if (group.Key is not null)
            {
                options.Append("</optgroup>");
            }
        }

        output.Content.SetHtmlContent(
            LabelHtml(Id) + HintHtml + ErrorHtml
            + $"<select class=\"{classes}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\"{DescribedByAttribute}>{options}</select>");
    }
}

/// <summary>GOV.UK radios in a fieldset. The first radio's id is the field's id, so the error summary links to it.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukField
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>"s", "m" or "l": the legend's size.</summary>
    public string LegendSize { get; set; } = "m";

    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", FormGroupClass);
        var current = CurrentValue;
        var radios = new System.Text.StringBuilder();
        var index = 0;
        foreach (var item in Items)
        {
            var id = index++ == 0 ? Id : $"{Id}-{index}";
            var isChecked = string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty;
            radios.Append(
                $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{id}\" name=\"{Encoder.Encode(Name)}\" type=\"radio\" value=\"{Encoder.Encode(item.Value)}\"{isChecked}>"
                + $"<label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{Encoder.Encode(item.Text)}</label></div>");
        }

        output.Content.SetHtmlContent(
            $"<fieldset class=\"govuk-fieldset\"{DescribedByAttribute}>" + LegendHtml(LegendSize) + HintHtml + ErrorHtml
            + $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : string.Empty)}\" data-module=\"govuk-radios\">{radios}</div></fieldset>");
    }
}

/// <summary>The GOV.UK date input (day, month, year). The day field's id is the field's id, so the error summary links to it.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukField
{
    public string LegendSize { get; set; } = "s";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", FormGroupClass);
        var date = For.Model as DateInput ?? new DateInput();
        var errorClass = Error is null ? string.Empty : " govuk-input--error";
        string Part(string part, string label, string? value, string width, string id) =>
            "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input {width}{errorClass}\" id=\"{id}\" name=\"{Encoder.Encode(Name)}.{part}\" type=\"text\" inputmode=\"numeric\""
            + (value is null ? string.Empty : $" value=\"{Encoder.Encode(value)}\"") + "></div></div>";

        output.Content.SetHtmlContent(
            $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedByAttribute}>" + LegendHtml(LegendSize) + HintHtml + ErrorHtml
            + "<div class=\"govuk-date-input\">"
            + Part("Day", "Day", date.Day, "govuk-input--width-2", Id)
            + Part("Month", "Month", date.Month, "govuk-input--width-2", Id + "-month")
            + Part("Year", "Year", date.Year, "govuk-input--width-4", Id + "-year")
            + "</div></fieldset>");
    }
}
